#include "candidatemodel.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"

#include "core/domain/jsonreader.h"
#include "core/matching/explanation.h"
#include "core/matching/matcher.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}
// The reasons in the reader's language, from the structured codes; the server's English
// sentences for a code this version does not know.
QStringList reasonsOf(const QJsonObject &candidate)
{
    const QStringList english = strings(candidate.value(u"reasons"_s));
    const QJsonArray codes = candidate.value(u"reason_codes"_s).toArray();
    if (codes.isEmpty())
        return english;
    QStringList result;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString sentence = matching::explainReason(codes.at(i).toObject());
        if (!sentence.isEmpty())
            result.append(sentence);
        else if (i < english.size())
            result.append(english.at(i));
    }
    return result;
}
} // namespace

void CandidateModel::setCandidates(const QJsonArray &candidates, int interventionCount,
                                   const QStringList &cover)
{
    beginResetModel();
    m_candidates.clear();
    for (const QJsonValue &value : candidates)
        m_candidates.append(value.toObject());
    m_interventionCount = interventionCount;
    m_cover = cover;
    endResetModel();
}

void CandidateModel::clear()
{
    setCandidates({}, 0);
}

QJsonObject CandidateModel::candidateAt(int row) const
{
    return row >= 0 && row < m_candidates.size() ? m_candidates.at(row) : QJsonObject();
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &candidate = m_candidates.at(index.row());
    if (role == StaffIdRole)
        return candidate.value(u"staff_id"_s).toString();
    if (role == StructureIdRole)
        return candidate.value(u"structure_id"_s).toString();
    const QDateTime confirmedAt
        = domain::instantFromJson(candidate.value(u"availability_confirmed_at"_s).toString());
    // The server says whether it is stale; an older server did not, and never confirmed is.
    const bool stale = candidate.value(u"availability_stale"_s).toBool(!confirmedAt.isValid());
    if (role == ConfirmedAtRole)
        return confirmedAt;
    if (role == StaleRole)
        return stale;
    if (index.column() == FreshnessColumn) {
        const QString date = confirmedAt.isValid()
            ? LocalTime::numericDate(confirmedAt.toTimeZone(QTimeZone("Europe/Paris")).date())
            : QString();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return confirmedAt.isValid() ? date : tr("Never");
        if (role == Qt::ToolTipRole) {
            if (!confirmedAt.isValid())
                return tr("Its agency has never confirmed this worker's availability: it ranks "
                          "after workers as near whose availability is confirmed.");
            if (stale)
                return tr("Availability last confirmed on %1, more than %n day(s) ago: it ranks "
                          "after workers as near whose availability is fresher. Check with the "
                          "agency.",
                          nullptr, matching::staleAfterDays)
                    .arg(date);
            return tr("Availability last confirmed by its agency on %1.").arg(date);
        }
        if (role == Qt::ForegroundRole && stale)
            return QBrush(QColor(0xb2, 0x5e, 0x00));
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignTop);
        return {};
    }

    const QStringList reasons = reasonsOf(candidate);
    const int covered = int(candidate.value(u"covered_intervention_ids"_s).toArray().size());
    const bool coversAll = candidate.value(u"covers_all"_s).toBool();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole
        || (role == Qt::ToolTipRole && index.column() == CoverageColumn)) {
        switch (index.column()) {
        case RankColumn:
            return candidate.value(u"rank"_s).toInt(index.row() + 1);
        case WorkerColumn:
            return QString(candidate.value(u"pseudonym"_s).toString() + u'\n'
                           + candidate.value(u"structure_name"_s).toString());
        case ProfileColumn:
            return QString(Labels::qualification(candidate.value(u"qualification"_s).toString())
                           + u'\n' + Labels::skills(strings(candidate.value(u"skills"_s))));
        case DistanceColumn:
            return Labels::distanceBand(candidate.value(u"distance_band"_s).toString());
        case CoverageColumn:
            if (role == Qt::DisplayRole)
                return coversAll ? tr("All") : tr("%1 of %2").arg(covered).arg(m_interventionCount);
            if (coversAll)
                return tr("All %n intervention(s)", nullptr, m_interventionCount);
            return tr("%1 of %n intervention(s)", nullptr, m_interventionCount).arg(covered);
        case ReasonsColumn:
            return reasons.join(u'\n');
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReasonsColumn || index.column() == WorkerColumn)
            return reasons.join(u'\n');
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == RankColumn ? QVariant(Qt::AlignHCenter | Qt::AlignTop)
                                            : QVariant(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::ForegroundRole && index.column() == CoverageColumn)
        return QBrush(coversAll ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb2, 0x5e, 0x00));
    if (role == Qt::FontRole && index.column() == WorkerColumn
        && m_cover.contains(candidate.value(u"staff_id"_s).toString())) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case WorkerColumn:
        return tr("Worker and agency");
    case ProfileColumn:
        return tr("Qualification and skills");
    case DistanceColumn:
        return tr("Distance");
    case CoverageColumn:
        return tr("Covers");
    case FreshnessColumn:
        return tr("Availability confirmed");
    case ReasonsColumn:
        return tr("Why this rank");
    default:
        return {};
    }
}

} // namespace releve::ui
