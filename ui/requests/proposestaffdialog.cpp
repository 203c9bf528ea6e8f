#include "proposestaffdialog.h"

#include "ui/common/labels.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/matching/explanation.h"
#include "core/sync/syncengine.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
constexpr int StaffIdRole = Qt::UserRole;
constexpr int CandidateRole = Qt::UserRole + 1; // index in preview().candidates, or -1
constexpr int ExclusionRole = Qt::UserRole + 2; // index in preview().excluded, or -1

// Exclusions that say the worker cannot be proposed at all (and is not listed).
bool neverProposed(const QString &code)
{
    return code == u"no_consent" || code == u"inactive";
}
} // namespace

ProposeStaffDialog::ProposeStaffDialog(Workspace *workspace, const QJsonObject &request,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_staff(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"proposeStaffDialog"_s);
    setWindowTitle(tr("Propose one of my staff"));
    resize(760, 560);

    const QStringList required = [&] {
        QStringList codes;
        const QJsonArray array = request.value(u"required_skills"_s).toArray();
        for (const QJsonValue &value : array)
            codes.append(value.toString());
        return codes;
    }();
    m_interventionCount = int(request.value(u"interventions"_s).toArray().size());
    auto *intro = new QLabel(
        tr("Request in %1, %n intervention(s). Skills required: %2.", nullptr, m_interventionCount)
            .arg(request.value(u"mission_commune"_s).toString(), Labels::skills(required)),
        this);
    intro->setWordWrap(true);
    auto *privacy = new QLabel(tr("The requesting agency sees a pseudonym, the qualification, the "
                                  "skills and a distance band. The name appears only on the "
                                  "contract."),
                               this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false);

    // The platform's order, computed here from this computer's data: it works offline.
    const QDateTime now = workspace->syncEngine() ? workspace->syncEngine()->serverNow()
                                                  : QDateTime::currentDateTimeUtc();
    m_preview = matching::previewOwnStaff(*workspace->store(), workspace->structureId(),
                                          request.value(u"id"_s).toString(), now);
    auto *order = new QLabel(this);
    order->setObjectName(u"proposePreviewLabel"_s);
    order->setWordWrap(true);
    if (!m_preview.error.isEmpty())
        order->setText(m_preview.error);
    else if (m_preview.candidates.isEmpty())
        order->setText(tr("None of your staff fits this request on what this computer knows "
                          "(availability, skills, distance, contracts). Each worker below says "
                          "why."));
    else
        order->setText(tr("%n of your staff fit(s) this request, in the order the platform would "
                          "rank them, computed on this computer (it works offline).",
                          nullptr, int(m_preview.candidates.size())));

    m_staff->setObjectName(u"proposeStaffList"_s);
    m_staff->setAccessibleName(tr("Staff who agreed to be proposed"));
    m_staff->setRootIsDecorated(false);
    m_staff->setHeaderLabels(
        { tr("Rank"), tr("Staff member"), tr("Covers"), tr("Distance"), tr("Labour limits") });
    m_staff->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_staff->header()->setStretchLastSection(true);

    for (qsizetype i = 0; i < m_preview.candidates.size(); ++i) {
        const matching::OwnStaffCandidate &entry = m_preview.candidates.at(i);
        const matching::Candidate &c = entry.candidate;
        const QString covers = c.coversAll
            ? tr("All")
            : tr("%1 of %2").arg(c.coveredInterventionIds.size()).arg(m_interventionCount);
        const QString limits = entry.labourWarnings.isEmpty()
            ? tr("None known")
            : tr("%n warning(s)", nullptr, int(entry.labourWarnings.size()));
        auto *item = new QTreeWidgetItem(
            m_staff,
            { QString::number(c.rank), entry.staffName, covers,
              tr("%1 km").arg(QLocale().toString(c.distanceKm, 'f', 1)), limits });
        item->setData(0, StaffIdRole, c.staffId);
        item->setData(0, CandidateRole, int(i));
        item->setData(0, ExclusionRole, -1);
        if (!entry.labourWarnings.isEmpty())
            item->setForeground(LimitsColumn, QColor(0xb2, 0x5e, 0x00));
    }
    for (qsizetype i = 0; i < m_preview.excluded.size(); ++i) {
        const matching::Exclusion &exclusion = m_preview.excluded.at(i);
        if (neverProposed(exclusion.code))
            continue;
        auto *item
            = new QTreeWidgetItem(m_staff,
                                  { QString(), m_preview.excludedNames.value(exclusion.staffId),
                                    tr("Not eligible"), QString(), QString() });
        item->setData(0, StaffIdRole, exclusion.staffId);
        item->setData(0, CandidateRole, -1);
        item->setData(0, ExclusionRole, int(i));
        item->setToolTip(CoversColumn, exclusion.message);
        for (int column = 0; column < m_staff->columnCount(); ++column)
            item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
    }

    m_details->setObjectName(u"proposeDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_note->setObjectName(u"proposeNoteEdit"_s);
    m_note->setAccessibleName(tr("Note for the requesting agency"));
    m_note->setPlaceholderText(tr("Optional note for the requesting agency"));
    m_note->setMaxLength(2000);
    m_buttons->setObjectName(u"proposeButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(order);
    layout->addWidget(m_staff, 1);
    if (m_staff->topLevelItemCount() == 0) {
        auto *none = new QLabel(tr("None of your staff has agreed to be proposed to other "
                                   "agencies. Record their consent in their staff file first."),
                                this);
        none->setObjectName(u"proposeNoStaffLabel"_s);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(m_details);
    layout->addWidget(m_note);
    layout->addWidget(privacy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_staff, &QTreeWidget::itemSelectionChanged, this,
            &ProposeStaffDialog::updateSelection);
    connect(m_staff, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!staffId().isEmpty())
            accept();
    });
    updateSelection();
}

QString ProposeStaffDialog::staffId() const
{
    const auto selected = m_staff->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, StaffIdRole).toString();
}

QStringList ProposeStaffDialog::interventionIds() const
{
    const auto selected = m_staff->selectedItems();
    const int candidate
        = selected.isEmpty() ? -1 : selected.first()->data(0, CandidateRole).toInt();
    if (candidate < 0 || candidate >= m_preview.candidates.size())
        return {};
    return m_preview.candidates.at(candidate).candidate.coveredInterventionIds;
}

QString ProposeStaffDialog::note() const
{
    return m_note->text().trimmed();
}

int ProposeStaffDialog::staffCount() const
{
    return m_staff->topLevelItemCount();
}

int ProposeStaffDialog::eligibleCount() const
{
    return int(m_preview.candidates.size());
}

void ProposeStaffDialog::selectStaff(const QString &staffId)
{
    for (int i = 0; i < m_staff->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_staff->topLevelItem(i);
        if (item->data(0, StaffIdRole).toString() == staffId)
            m_staff->setCurrentItem(item);
    }
}

void ProposeStaffDialog::updateSelection()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!staffId().isEmpty());
    const auto selected = m_staff->selectedItems();
    if (selected.isEmpty()) {
        m_details->setText(tr("Choose a worker to see why the platform ranks them there and the "
                              "labour limits to check before proposing."));
        return;
    }
    QStringList lines;
    const int candidate = selected.first()->data(0, CandidateRole).toInt();
    const int exclusion = selected.first()->data(0, ExclusionRole).toInt();
    if (candidate >= 0 && candidate < m_preview.candidates.size()) {
        const matching::OwnStaffCandidate &entry = m_preview.candidates.at(candidate);
        lines.append(tr("%1, rank %2:").arg(entry.staffName).arg(entry.candidate.rank));
        for (const QJsonObject &code : entry.candidate.reasonCodes) {
            const QString sentence = matching::explainReason(code);
            if (!sentence.isEmpty())
                lines.append(u"• "_s + sentence);
        }
        if (entry.labourWarnings.isEmpty()) {
            lines.append(tr("No labour-limit warning on what Relève knows of this worker's week."));
        } else {
            lines.append(tr("Before proposing, check the labour limits:"));
            for (const rules::Warning &warning : entry.labourWarnings)
                lines.append(u"⚠ "_s + warning.message);
        }
    } else if (exclusion >= 0 && exclusion < m_preview.excluded.size()) {
        const matching::Exclusion &excluded = m_preview.excluded.at(exclusion);
        lines.append(tr("The platform would not rank %1: %2")
                         .arg(m_preview.excludedNames.value(excluded.staffId), excluded.message));
        lines.append(tr("Propose them only if this computer is behind what you know (availability "
                        "not yet recorded, for example)."));
    }
    m_details->setText(lines.join(u'\n'));
}

} // namespace releve::ui
