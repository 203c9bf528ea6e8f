#include "proposestaffdialog.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"

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

ProposeStaffDialog::ProposeStaffDialog(Workspace *workspace, const QJsonObject &request,
                                       QWidget *parent)
    : QDialog(parent)
    , m_staff(new QTreeWidget(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"proposeStaffDialog"_s);
    setWindowTitle(tr("Propose one of my staff"));
    resize(620, 420);

    const QStringList required = [&] {
        QStringList codes;
        const QJsonArray array = request.value(u"required_skills"_s).toArray();
        for (const QJsonValue &value : array)
            codes.append(value.toString());
        return codes;
    }();
    auto *intro = new QLabel(
        tr("Request in %1, %n intervention(s). Skills required: %2.", nullptr,
           int(request.value(u"interventions"_s).toArray().size()))
            .arg(request.value(u"mission_commune"_s).toString(), Labels::skills(required)),
        this);
    intro->setWordWrap(true);
    auto *privacy = new QLabel(tr("The requesting agency sees a pseudonym, the qualification, the "
                                  "skills and a distance band. The name appears only on the "
                                  "contract."),
                               this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false);

    m_staff->setObjectName(u"proposeStaffList"_s);
    m_staff->setAccessibleName(tr("Staff who agreed to be proposed"));
    m_staff->setRootIsDecorated(false);
    m_staff->setHeaderLabels({ tr("Staff member"), tr("Qualification"), tr("Skills") });
    m_staff->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_staff->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_staff->header()->setStretchLastSection(true);
    const auto records = workspace->store()->records(domain::entity::staff);
    for (const store::CachedRecord &record : records) {
        if (record.structureId != workspace->structureId()
            || !record.data.value(u"active"_s).toBool(true)
            || !record.data.value(u"consent_sharing"_s).toBool())
            continue;
        QStringList skills;
        const QJsonArray array = record.data.value(u"skills"_s).toArray();
        for (const QJsonValue &value : array)
            skills.append(value.toString());
        auto *item = new QTreeWidgetItem(
            m_staff,
            { record.data.value(u"first_name"_s).toString() + u' '
                  + record.data.value(u"last_name"_s).toString(),
              Labels::qualification(record.data.value(u"qualification"_s).toString()),
              Labels::skills(skills) });
        item->setData(0, Qt::UserRole, record.id);
        bool hasAll = true;
        for (const QString &skill : required)
            hasAll = hasAll && skills.contains(skill);
        if (!hasAll)
            item->setToolTip(2, tr("Does not have every required skill"));
    }
    m_staff->sortItems(0, Qt::AscendingOrder);

    m_note->setObjectName(u"proposeNoteEdit"_s);
    m_note->setAccessibleName(tr("Note for the requesting agency"));
    m_note->setPlaceholderText(tr("Optional note for the requesting agency"));
    m_note->setMaxLength(2000);
    m_buttons->setObjectName(u"proposeButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_staff, 1);
    if (m_staff->topLevelItemCount() == 0) {
        auto *none = new QLabel(tr("None of your staff has agreed to be proposed to other "
                                   "agencies. Record their consent in their staff file first."),
                                this);
        none->setObjectName(u"proposeNoStaffLabel"_s);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(m_note);
    layout->addWidget(privacy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_staff, &QTreeWidget::itemSelectionChanged, this, &ProposeStaffDialog::updateButtons);
    connect(m_staff, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!staffId().isEmpty())
            accept();
    });
    updateButtons();
}

QString ProposeStaffDialog::staffId() const
{
    const auto selected = m_staff->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

QString ProposeStaffDialog::note() const
{
    return m_note->text().trimmed();
}

int ProposeStaffDialog::staffCount() const
{
    return m_staff->topLevelItemCount();
}

void ProposeStaffDialog::selectStaff(const QString &staffId)
{
    for (int i = 0; i < m_staff->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_staff->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == staffId)
            m_staff->setCurrentItem(item);
    }
}

void ProposeStaffDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!staffId().isEmpty());
}

} // namespace releve::ui
