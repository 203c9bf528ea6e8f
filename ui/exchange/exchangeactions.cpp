#include "exchangeactions.h"

#include "importdialog.h"

#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/exchange/icalendar.h"
#include "core/exchange/staffexchange.h"
#include "core/reports/indicators.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

using exchange::ExchangeKind;

namespace {

void importKind(Workspace *workspace, QWidget *parent, ExchangeKind kind)
{
    const QString path = FileDialog::openFileName(
        parent,
        kind == ExchangeKind::Staff ? ExchangeActions::tr("Import staff")
                                    : ExchangeActions::tr("Import availability"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        ExchangeActions::tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(workspace, kind, parent);
    dialog.loadFile(path);
    dialog.exec();
}

bool writeFile(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        if (file.commit())
            return true;
    }
    MessageBox::warning(parent, ExchangeActions::tr("Export"),
                        ExchangeActions::tr("The file %1 could not be written: %2. Nothing was "
                                            "changed; choose another folder.")
                            .arg(path, file.errorString()));
    return false;
}

bool exportKind(Workspace *workspace, QWidget *parent, ExchangeKind kind)
{
    const QString suggested = kind == ExchangeKind::Staff ? ExchangeActions::tr("staff.csv")
                                                          : ExchangeActions::tr("availability.csv");
    const QString path = FileDialog::saveFileName(
        parent,
        kind == ExchangeKind::Staff ? ExchangeActions::tr("Export staff")
                                    : ExchangeActions::tr("Export availability"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + suggested,
        ExchangeActions::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    return writeFile(parent, path,
                     exchange::StaffExchange::exportCsv(kind, workspace->structureId(),
                                                        *workspace->store(),
                                                        workspace->timeZone()));
}

} // namespace

void ExchangeActions::importStaff(Workspace *workspace, QWidget *parent)
{
    importKind(workspace, parent, ExchangeKind::Staff);
}

void ExchangeActions::importAvailability(Workspace *workspace, QWidget *parent)
{
    importKind(workspace, parent, ExchangeKind::Availability);
}

bool ExchangeActions::exportStaff(Workspace *workspace, QWidget *parent)
{
    return exportKind(workspace, parent, ExchangeKind::Staff);
}

bool ExchangeActions::exportAvailability(Workspace *workspace, QWidget *parent)
{
    return exportKind(workspace, parent, ExchangeKind::Availability);
}

void ExchangeActions::exportCalendar(Workspace *workspace, QWidget *parent)
{
    CalendarExportDialog dialog(workspace, parent);
    dialog.exec();
}

QList<QAction *> ExchangeActions::createActions(Workspace *workspace, QWidget *parent)
{
    const auto make = [&](const QString &name, const QString &text, auto slot) {
        auto *action = new QAction(text, parent);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, parent,
                         [workspace, parent, slot] { slot(workspace, parent); });
        return action;
    };
    return {
        make(u"importStaffAction"_s, tr("Import staff (CSV)…"), &importStaff),
        make(u"importAvailabilityAction"_s, tr("Import availability (CSV)…"), &importAvailability),
        make(u"exportStaffAction"_s, tr("Export staff (CSV)…"), &exportStaff),
        make(u"exportAvailabilityAction"_s, tr("Export availability (CSV)…"), &exportAvailability),
        make(u"exportCalendarAction"_s, tr("Export a worker's interventions (iCalendar)…"),
             &exportCalendar)
    };
}

CalendarExportDialog::CalendarExportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_staffCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save…"), this))
{
    setObjectName(u"calendarExportDialog"_s);
    setWindowTitle(tr("Export a worker's interventions"));
    m_staffCombo->setObjectName(u"staffCombo"_s);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_saveButton->setObjectName(u"saveButton"_s);

    // The structure's workers who have a contract (the only ones with interventions to export).
    const reports::ReportData data = reports::ReportData::fromStore(*workspace->store());
    QMap<QString, QString> names; // sorted by name
    for (const domain::Contract &c : data.contracts) {
        if (c.structureId == workspace->structureId() && !c.staffId.isEmpty())
            names.insert(c.staffName + u'\x1f' + c.staffId, c.staffId);
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_staffCombo->addItem(it.key().section(u'\x1f', 0, 0), it.value());

    auto *intro = new QLabel(tr("The file opens in any calendar (phone, Outlook, Thunderbird). "
                                "Exported again later, it updates the same events."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Worker:"), m_staffCombo);
    form->addRow(QString(), m_countLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &CalendarExportDialog::save);
    connect(m_staffCombo, &QComboBox::currentIndexChanged, this,
            &CalendarExportDialog::updateCount);
    updateCount();
}

QStringList CalendarExportDialog::staffIds() const
{
    QStringList out;
    for (int i = 0; i < m_staffCombo->count(); ++i)
        out.append(m_staffCombo->itemData(i).toString());
    return out;
}

void CalendarExportDialog::setStaff(const QString &staffId)
{
    const int index = m_staffCombo->findData(staffId);
    if (index >= 0)
        m_staffCombo->setCurrentIndex(index);
}

void CalendarExportDialog::updateCount()
{
    const QString staffId = m_staffCombo->currentData().toString();
    int count = 0;
    for (const store::CachedRecord &r : m_workspace->store()->records(domain::entity::contract)) {
        if (r.data.value(u"staff_id"_s).toString() == staffId && !staffId.isEmpty())
            count += int(r.data.value(u"interventions"_s).toArray().size());
    }
    m_countLabel->setText(staffId.isEmpty() ? tr("No worker of this structure has a contract yet.")
                                            : tr("%n contracted intervention(s).", nullptr, count));
    m_saveButton->setEnabled(count > 0);
}

bool CalendarExportDialog::exportTo(const QString &path)
{
    const reports::ReportData data = reports::ReportData::fromStore(*m_workspace->store());
    return writeFile(this, path,
                     exchange::ICalendar::workerInterventions(
                         data.contracts, m_staffCombo->currentData().toString(),
                         QDateTime::currentDateTimeUtc(), m_workspace->timeZone()));
}

void CalendarExportDialog::save()
{
    QString name = m_staffCombo->currentText();
    name.replace(u' ', u'-');
    const QString path = FileDialog::saveFileName(
        this, tr("Export a worker's interventions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
            + tr("interventions-%1.ics").arg(name),
        tr("iCalendar files (*.ics)"));
    if (!path.isEmpty() && exportTo(path))
        accept();
}

} // namespace releve::ui
