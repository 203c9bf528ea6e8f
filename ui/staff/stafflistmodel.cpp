#include "stafflistmodel.h"

#include "ui/common/recordrows.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/matching/matcher.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace releve::ui {

StaffListModel::StaffListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                if (entity.isEmpty() || entity == domain::entity::staff)
                    reload();
            });
    connect(m_workspace, &Workspace::structureChanged, this, &StaffListModel::reload);
    reload();
}

bool StaffListModel::isStale(const QDateTime &confirmedAtUtc, const QDateTime &nowUtc)
{
    return !confirmedAtUtc.isValid() || confirmedAtUtc.daysTo(nowUtc) > matching::staleAfterDays;
}

QString StaffListModel::confirmationText(const QDateTime &confirmedAtUtc, const QDateTime &nowUtc,
                                         bool withDay)
{
    if (!confirmedAtUtc.isValid())
        return tr("Never confirmed");
    const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    const QDate day = LocalTime::toLocal(confirmedAtUtc, zone).date();
    const qint64 days = day.daysTo(LocalTime::toLocal(nowUtc, zone).date());
    if (days <= 0)
        return tr("Confirmed today");
    if (days == 1)
        return tr("Confirmed yesterday");
    if (!withDay)
        return tr("Confirmed %n day(s) ago", nullptr, int(days));
    return tr("Confirmed %n day(s) ago (%1)", nullptr, int(days)).arg(LocalTime::shortDay(day));
}

void StaffListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    store::LocalStore *store = m_workspace->store();
    const QString mine = m_workspace->structureId();
    if (store->isOpen() && !mine.isEmpty()) {
        const auto records = store->records(domain::entity::staff);
        for (const store::CachedRecord &record : records) {
            if (record.structureId != mine)
                continue;
            Row row;
            row.id = record.id;
            row.data = record.data;
            row.syncState = record.syncState;
            row.confirmedAt = domain::instantFromJson(
                record.data.value(u"availability_confirmed_at"_s).toString());
            m_rows.append(row);
        }
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const QString left = a.data.value(u"last_name"_s).toString() + u' '
            + a.data.value(u"first_name"_s).toString();
        const QString right = b.data.value(u"last_name"_s).toString() + u' '
            + b.data.value(u"first_name"_s).toString();
        const int order = QString::localeAwareCompare(left, right);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    endResetModel();
}

QString StaffListModel::staffIdAt(int row) const
{
    return recordrows::idAt(m_rows, row);
}

int StaffListModel::rowOfStaff(const QString &staffId) const
{
    return recordrows::rowOf(m_rows, staffId);
}

QJsonObject StaffListModel::staffAt(int row) const
{
    return recordrows::dataAt(m_rows, row);
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case StaffIdRole:
        return row.id;
    case StaleRole:
        return isStale(row.confirmedAt, now);
    case SyncStateRole:
        return row.syncState;
    default:
        break;
    }
    const QJsonObject &d = row.data;
    const bool active = d.value(u"active"_s).toBool(true);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole
        || role == SortRole) {
        switch (index.column()) {
        case NameColumn: {
            const QString name = d.value(u"last_name"_s).toString().toUpper() + u' '
                + d.value(u"first_name"_s).toString();
            return active ? name : tr("%1 (inactive)").arg(name);
        }
        case QualificationColumn:
            return Labels::qualification(d.value(u"qualification"_s).toString());
        case SkillsColumn: {
            QStringList codes;
            for (const QJsonValue &value : d.value(u"skills"_s).toArray())
                codes.append(value.toString());
            return Labels::skills(codes);
        }
        case MobilityColumn:
            return Labels::mobility(d.value(u"mobility"_s).toString());
        case ConsentColumn:
            return d.value(u"consent_sharing"_s).toBool() ? tr("Shared") : tr("Not shared");
        case ConfirmedColumn:
            if (role == SortRole)
                return row.confirmedAt.isValid() ? row.confirmedAt.toSecsSinceEpoch() : 0;
            if (role == Qt::ToolTipRole && row.confirmedAt.isValid())
                return LocalTime::dateTime(row.confirmedAt, m_workspace->timeZone());
            return confirmationText(row.confirmedAt, now, false);
        case StateColumn:
            if (row.syncState == u"pending"_s)
                return tr("Not sent yet");
            if (row.syncState == u"conflict"_s)
                return tr("In conflict");
            if (row.syncState == u"rejected"_s)
                return tr("Refused by the server");
            return tr("Sent");
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == ConfirmedColumn
        && isStale(row.confirmedAt, now)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && !active) {
        // The palette's own colour for what is not in use: readable in light and dark.
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case QualificationColumn:
        return tr("Qualification");
    case SkillsColumn:
        return tr("Skills");
    case MobilityColumn:
        return tr("Mobility");
    case ConsentColumn:
        return tr("Other agencies");
    case ConfirmedColumn:
        return tr("Availability");
    case StateColumn:
        return tr("Sent");
    default:
        return {};
    }
}

} // namespace releve::ui
