#include "hoursdoneview.h"

#include "ui/common/errorlabel.h"
#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/contracts/hoursdonemodel.h"
#include "ui/contracts/timestampimportdialog.h"

#include "core/contracts/hoursdone.h"
#include "core/contracts/printeddocument.h"
#include "core/contracts/statementdocument.h"
#include "core/domain/entity.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
// The statement of a month of the contract, with the calendar of its place of work.
std::optional<contracts::Statement> statementOf(Workspace *workspace, HoursDoneModel *model,
                                                const QDate &month)
{
    const auto record = workspace->store()->record(domain::entity::contract, model->contractId());
    if (!record || !month.isValid())
        return std::nullopt;
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract)
        return std::nullopt;
    const QJsonObject user = workspace->structure(contract->user.structureId);
    contracts::WorkPlace place;
    place.departement = contract->missionDepartement.isEmpty()
        ? user.value(u"departement"_s).toString()
        : contract->missionDepartement;
    place.goodFriday = user.value(u"good_friday_holiday"_s).toBool();
    place.zone = workspace->timeZone();
    return contracts::Statement::build(*contract, model->records(), month.year(), month.month(),
                                       place);
}
} // namespace

HoursDoneView::HoursDoneView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new HoursDoneModel(workspace, this))
    , m_table(new QTableView(this))
    , m_correctionRate(new QLabel(this))
    , m_import(new QPushButton(tr("Import time stamps…"), this))
    , m_month(new QComboBox(this))
    , m_printStatement(new QPushButton(tr("Print statement…"), this))
    , m_statementPdf(new QPushButton(tr("Statement PDF…"), this))
    , m_statementCsv(new QPushButton(tr("Statement CSV…"), this))
    , m_info(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"hoursDoneView"_s);
    m_table->setObjectName(u"hoursTable"_s);
    m_table->setAccessibleName(tr("Hours done"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_correctionRate->setObjectName(u"correctionRateLabel"_s);
    m_import->setObjectName(u"importTimestampsButton"_s);
    m_import->setToolTip(tr("Read the CSV export of a time-stamping system"));
    m_month->setObjectName(u"statementMonthCombo"_s);
    m_month->setAccessibleName(tr("Month of the statement"));
    m_printStatement->setObjectName(u"printStatementButton"_s);
    m_statementPdf->setObjectName(u"statementPdfButton"_s);
    m_statementCsv->setObjectName(u"statementCsvButton"_s);
    m_info->setObjectName(u"hoursInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->hide();
    m_error->setObjectName(u"hoursError"_s);

    auto *hint = new QLabel(
        tr("Type the arrival and departure (08:02) as they were done; the CPOM rounding is shown "
           "beside them. Hours typed or changed by hand count as corrections."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(u"hoursHint"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_correctionRate, 1);
    top->addWidget(m_import);
    auto *statement = new QHBoxLayout;
    statement->addWidget(new QLabel(tr("Monthly statement:"), this));
    statement->addWidget(m_month);
    statement->addWidget(m_printStatement);
    statement->addWidget(m_statementPdf);
    statement->addWidget(m_statementCsv);
    statement->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(statement);
    layout->addWidget(m_info);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillMonths();
        refresh();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_monthChosen)
            fillMonths(); // the latest month with hours, as they are typed
        refresh();
    });
    connect(m_model, &HoursDoneModel::errorOccurred, m_error, &ErrorLabel::showError);
    connect(m_month, &QComboBox::activated, this, [this] { m_monthChosen = true; });
    connect(m_import, &QPushButton::clicked, this, &HoursDoneView::importTimestamps);
    connect(m_printStatement, &QPushButton::clicked, this, &HoursDoneView::printStatement);
    connect(m_statementPdf, &QPushButton::clicked, this, &HoursDoneView::exportStatementPdf);
    connect(m_statementCsv, &QPushButton::clicked, this, &HoursDoneView::exportStatementCsv);
    refresh();
}

void HoursDoneView::setContract(const QString &contractId)
{
    if (contractId != m_model->contractId()) {
        m_error->clearError();
        m_info->hide();
        m_monthChosen = false;
    }
    m_model->setContract(contractId);
}

void HoursDoneView::fillMonths()
{
    const QDate chosen = m_monthChosen ? m_month->currentData().toDate() : QDate();
    m_month->clear();
    QList<QDate> months;
    const QTimeZone zone = m_workspace->timeZone();
    const auto record
        = m_workspace->store()->record(domain::entity::contract, m_model->contractId());
    if (record) {
        if (const auto contract = domain::Contract::fromJson(record->data)) {
            for (const domain::Intervention &i : contract->interventions) {
                const QDate local = LocalTime::toLocal(i.start, zone).date();
                const QDate month(local.year(), local.month(), 1);
                if (!months.contains(month))
                    months.append(month);
            }
        }
    }
    std::sort(months.begin(), months.end());
    for (const QDate &month : std::as_const(months))
        m_month->addItem(QLocale().standaloneMonthName(month.month()) + u' '
                             + QString::number(month.year()),
                         month);
    // The month chosen before, else the latest month with hours recorded, else the first.
    QDate latest;
    for (const domain::InterventionRecord &r : m_model->records()) {
        const QDate local
            = LocalTime::toLocal(r.roundedStart.isValid() ? r.roundedStart : r.arrival, zone)
                  .date();
        const QDate month(local.year(), local.month(), 1);
        if (months.contains(month) && (!latest.isValid() || month > latest))
            latest = month;
    }
    const int keep = m_month->findData(chosen.isValid() ? chosen : latest);
    m_month->setCurrentIndex(keep >= 0 ? keep : (latest.isValid() ? m_month->findData(latest) : 0));
}

void HoursDoneView::refresh()
{
    // A value typed and not stored keeps its explanation until it is fixed or taken back.
    const QString typedError = m_model->firstError();
    if (typedError.isEmpty())
        m_error->clearError();
    else
        m_error->showError(typedError);
    const int corrected = m_model->correctedCount();
    const int total = m_model->recordCount();
    const contracts::CorrectionRate rate { corrected, total };
    if (total == 0) {
        m_correctionRate->setText(tr("No hours recorded yet."));
    } else {
        m_correctionRate->setText(
            tr("Hours recorded for %1 of %n intervention(s) · corrected by hand: %2 of %1 (%3 %) "
               "· CPOM target 2–5 %",
               nullptr, m_model->rowCount())
                .arg(total)
                .arg(corrected)
                .arg(QLocale().toString(rate.percent(), 'f', 1)));
    }
    m_correctionRate->setStyleSheet(
        total > 0 && !rate.isWithinTarget() ? u"QLabel { color: #e65100; }"_s : QString());
    m_import->setEnabled(m_model->isEditable());
    m_import->setToolTip(m_model->isEditable()
                             ? tr("Read the CSV export of a time-stamping system")
                             : tr("Only the lending structure records the hours done"));
    const bool hasMonth = m_month->count() > 0;
    m_printStatement->setEnabled(hasMonth);
    m_statementPdf->setEnabled(hasMonth);
    m_statementCsv->setEnabled(hasMonth);
}

TimestampImportDialog *HoursDoneView::importTimestamps()
{
    const QString path = FileDialog::openFileName(
        this, tr("Import time stamps"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new TimestampImportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->loadFile(path);
    dialog->open();
    return dialog;
}

QPrintPreviewDialog *HoursDoneView::printStatement()
{
    const auto statement = statementOf(m_workspace, m_model, m_month->currentData().toDate());
    if (!statement)
        return nullptr;
    std::shared_ptr<QTextDocument> document
        = contracts::StatementDocument::document(*statement, QLocale());
    if (!document) {
        m_error->showError(tr("The statement template is missing from this build. Reinstall "
                              "Relève."));
        return nullptr;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(u"statementPrintPreview"_s);
    dialog->setWindowTitle(
        tr("Statement %1, %2").arg(statement->contract.number, m_month->currentText()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(900, 1000);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [document, printer](QPrinter *target) {
                contracts::PrintedDocument::print(*document, target);
            });
    dialog->open();
    return dialog;
}

QString HoursDoneView::statementPath(const contracts::Statement &statement, const QString &title,
                                     const QString &fileName, const QString &filter,
                                     const QString &suffix)
{
    // Offered in the Documents folder as "Statement <number> <year>-<month>"; empty when the
    // person cancels.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::saveFileName(
        this, title,
        QDir(folder).filePath(fileName.arg(statement.contract.number)
                                  .arg(statement.year)
                                  .arg(statement.month, 2, 10, QLatin1Char('0'))),
        filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

QString HoursDoneView::exportStatementPdf()
{
    const auto statement = statementOf(m_workspace, m_model, m_month->currentData().toDate());
    if (!statement)
        return {};
    const QString path
        = statementPath(*statement, tr("Save the statement as PDF"), tr("Statement %1 %2-%3.pdf"),
                        tr("PDF documents (*.pdf)"), u".pdf"_s);
    if (path.isEmpty())
        return {};
    const auto written = contracts::StatementDocument::writePdf(*statement, path, QLocale());
    if (!written) {
        m_error->showError(
            tr("The statement could not be saved: %1").arg(Labels::error(written.error())));
        return {};
    }
    // The printed statement's hash is kept on the contract (synced like any change).
    m_workspace->store()->queueCommand(domain::entity::contract, statement->contract.id,
                                       { { u"command"_s, u"record_document"_s },
                                         { u"kind"_s, u"statement"_s },
                                         { u"sha256"_s, *written } });
    m_error->clearError();
    m_info->setText(
        tr("Statement saved to %1 (total %2).")
            .arg(QDir::toNativeSeparators(path), Labels::money(statement->totalCents())));
    m_info->show();
    return path;
}

QString HoursDoneView::exportStatementCsv()
{
    const auto statement = statementOf(m_workspace, m_model, m_month->currentData().toDate());
    if (!statement)
        return {};
    const QString path
        = statementPath(*statement, tr("Save the statement as CSV"), tr("Statement %1 %2-%3.csv"),
                        tr("CSV files (*.csv)"), u".csv"_s);
    if (path.isEmpty())
        return {};
    const auto written = contracts::StatementDocument::writeCsv(*statement, path);
    if (!written) {
        m_error->showError(
            tr("The statement could not be saved: %1").arg(Labels::error(written.error())));
        return {};
    }
    m_error->clearError();
    m_info->setText(
        tr("Statement saved to %1 (total %2).")
            .arg(QDir::toNativeSeparators(path), Labels::money(statement->totalCents())));
    m_info->show();
    return path;
}

} // namespace releve::ui
