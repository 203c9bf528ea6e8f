#include "conflictdialog.h"

#include "recordfields.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };
}

ConflictDialog::ConflictDialog(Workspace *workspace, const store::Conflict &conflict,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_conflict(conflict)
    , m_table(new QTableWidget(this))
    , m_keepMine(new QPushButton(tr("Keep my version"), this))
    , m_keepTheirs(new QPushButton(tr("Keep the server's version"), this))
    , m_merge(new QPushButton(tr("Keep the values chosen above"), this))
    , m_mergeHint(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Resolve a conflict"));
    m_table->setObjectName(u"conflictTable"_s);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_merge->setObjectName(u"mergeButton"_s);
    m_mergeHint->setObjectName(u"mergeHint"_s);
    m_error->setObjectName(u"conflictError"_s);

    const QString &entity = m_conflict.entity;
    const bool mineGone = m_conflict.mineDeleted;
    const bool theirsGone
        = m_conflict.theirs.isEmpty() || m_conflict.theirs.value(u"deleted"_s).toBool();
    const QJsonObject &described = theirsGone ? m_conflict.mine : m_conflict.theirs;

    auto *intro = new QLabel(this);
    intro->setObjectName(u"conflictIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString introText
        = tr("%1 was changed on this computer while someone else changed it on the server. "
             "Both versions are kept until you choose; nothing is sent before.")
              .arg(RecordFields::describe(m_workspace, entity, described));
    if (mineGone)
        introText += u' ' + tr("You deleted it; the other person changed it.");
    else if (theirsGone)
        introText += u' ' + tr("You changed it; the other person deleted it.");
    intro->setText(introText);

    m_fields = m_conflict.differingFields();
    m_overlapping = m_conflict.overlappingFields();
    // Fields changed on both sides first: they are the ones that need a decision.
    std::stable_sort(m_fields.begin(), m_fields.end(), [this](const QString &a, const QString &b) {
        return m_overlapping.contains(a) && !m_overlapping.contains(b);
    });
    m_fields.erase(std::remove_if(m_fields.begin(), m_fields.end(),
                                  [](const QString &f) { return !RecordFields::isShown(f); }),
                   m_fields.end());
    m_fields.removeAll(u"deleted"_s);

    // What merged() keeps by default for the fields only this computer changed.
    QStringList onlyMine;
    for (auto it = m_conflict.base.begin(); it != m_conflict.base.end(); ++it) {
        if (!m_overlapping.contains(it.key()))
            onlyMine.append(it.key());
    }

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), tr("On this computer"), tr("On the server") });
    m_table->setRowCount(int(m_fields.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &field = m_fields.at(row);
        const bool both = m_overlapping.contains(field);
        auto *label = new QTableWidgetItem(
            both ? tr("%1 (changed on both sides)").arg(RecordFields::label(entity, field))
                 : RecordFields::label(entity, field));
        label->setData(Qt::UserRole, field);
        if (both) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
        m_table->setItem(row, FieldColumn, label);
        auto *group = new QButtonGroup(this);
        group->setExclusive(false); // a changed-on-both-sides field starts with no choice
        const QString mineText = mineGone
            ? tr("(deleted)")
            : RecordFields::value(m_workspace, entity, field, m_conflict.mine.value(field));
        const QString theirsText = theirsGone
            ? tr("(deleted)")
            : RecordFields::value(m_workspace, entity, field, m_conflict.theirs.value(field));
        auto *mine = new QRadioButton(mineText, m_table);
        auto *theirs = new QRadioButton(theirsText, m_table);
        mine->setObjectName(u"mine_"_s + field);
        theirs->setObjectName(u"theirs_"_s + field);
        mine->setToolTip(mineText);
        theirs->setToolTip(theirsText);
        group->addButton(mine, int(Side::Mine));
        group->addButton(theirs, int(Side::Theirs));
        if (!both)
            (onlyMine.contains(field) ? mine : theirs)->setChecked(true);
        group->setExclusive(true);
        m_choices.insert(field, group);
        connect(group, &QButtonGroup::idClicked, this, &ConflictDialog::updateMergeButton);
        m_table->setCellWidget(row, MineColumn, mine);
        m_table->setCellWidget(row, TheirsColumn, theirs);
    }
    m_table->resizeRowsToContents();

    auto *when = new QLabel(this);
    when->setObjectName(u"conflictReportedAt"_s);
    if (m_conflict.reportedAt.isValid())
        when->setText(
            tr("Reported by the server on %1.")
                .arg(LocalTime::dateTime(m_conflict.reportedAt, m_workspace->timeZone())));

    m_mergeHint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"conflictButtons"_s);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    QPushButton *later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"decideLaterButton"_s);
    m_keepMine->setToolTip(tr("Send your version; it replaces the server's for every field "
                              "listed."));
    m_keepTheirs->setToolTip(tr("Drop your change and keep what is on the server."));
    m_merge->setToolTip(tr("Send the value chosen in each row."));
    // Merging field by field makes no sense when one side deleted the record.
    m_merge->setVisible(!mineGone && !theirsGone);

    connect(m_keepMine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(m_keepTheirs, &QPushButton::clicked, this, &ConflictDialog::keepTheirs);
    connect(m_merge, &QPushButton::clicked, this, &ConflictDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(when);
    layout->addWidget(m_mergeHint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 360);
    updateMergeButton();
}

std::optional<ConflictDialog::Side> ConflictDialog::choice(const QString &field) const
{
    const QButtonGroup *group = m_choices.value(field);
    if (!group || group->checkedId() < 0)
        return std::nullopt;
    return Side(group->checkedId());
}

void ConflictDialog::updateMergeButton()
{
    int undecided = 0;
    for (const QString &field : std::as_const(m_fields))
        undecided += choice(field) ? 0 : 1;
    m_merge->setEnabled(undecided == 0);
    m_mergeHint->setText(
        undecided == 0
            ? QString()
            : tr("Choose a value in each row changed on both sides to keep the values chosen "
                 "above (%n left).",
                 nullptr, undecided));
}

void ConflictDialog::keepMine()
{
    resolveWith(m_conflict.mineDeleted ? QJsonObject() : m_conflict.mine);
}

void ConflictDialog::keepTheirs()
{
    const bool theirsGone
        = m_conflict.theirs.isEmpty() || m_conflict.theirs.value(u"deleted"_s).toBool();
    resolveWith(theirsGone ? QJsonObject() : m_conflict.theirs);
}

void ConflictDialog::merge()
{
    QStringList takeMine;
    for (const QString &field : std::as_const(m_fields)) {
        const auto side = choice(field);
        if (!side) {
            m_error->showError(tr("Choose a value for \"%1\" first.")
                                   .arg(RecordFields::label(m_conflict.entity, field)));
            return;
        }
        if (*side == Side::Mine)
            takeMine.append(field);
    }
    resolveWith(m_conflict.merged(takeMine));
}

void ConflictDialog::resolveWith(const QJsonObject &resolution)
{
    m_error->clearError();
    const auto done
        = m_workspace->store()->resolveConflict(m_conflict.entity, m_conflict.recordId, resolution);
    if (!done) {
        QStringList lines;
        for (const domain::Error &error : done.errors()) {
            lines.append(error.field.isEmpty()
                             ? Labels::error(error)
                             : tr("%1: %2").arg(RecordFields::label(m_conflict.entity, error.field),
                                                Labels::error(error)));
        }
        m_error->showError(lines.join(u'\n'));
        return;
    }
    emit resolved(m_conflict.entity, m_conflict.recordId);
    accept();
}

} // namespace releve::ui
