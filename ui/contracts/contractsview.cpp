#include "contractsview.h"

#include "ui/common/errorlabel.h"
#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/contracts/contractlistmodel.h"

#include "core/contracts/contractdocument.h"
#include "core/domain/contract.h"
#include "core/domain/entity.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace releve::ui {

ContractsView::ContractsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ContractListModel(workspace, this))
    , m_table(new QTableView(this))
    , m_detailStack(new QStackedWidget(this))
    , m_number(new QLabel(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_print(new QPushButton(tr("Print contract…"), this))
    , m_export(new QPushButton(tr("Export PDF…"), this))
    , m_openRequest(new QPushButton(tr("Open request"), this))
    , m_exportInfo(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(u"contractsView"_s);
    auto *title = new QLabel(tr("Contracts"), this);
    title->setObjectName(u"pageTitle"_s);

    m_table->setObjectName(u"contractTable"_s);
    m_table->setAccessibleName(tr("Contracts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMaximumSectionSize(220); // long agency names elide

    m_number->setObjectName(u"contractNumberLabel"_s);
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.35);
    m_number->setFont(numberFont);
    m_status->setObjectName(u"contractStatusLabel"_s);
    m_summary->setObjectName(u"contractSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_print->setObjectName(u"printContractButton"_s);
    m_print->setToolTip(tr("Preview the convention and print it for signature"));
    m_export->setObjectName(u"exportPdfButton"_s);
    m_export->setToolTip(tr("Save the convention as a PDF file"));
    m_openRequest->setObjectName(u"openRequestButton"_s);
    m_exportInfo->setObjectName(u"contractExportInfo"_s);
    m_exportInfo->setWordWrap(true);
    m_exportInfo->setTextFormat(Qt::PlainText);
    m_exportInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportInfo->hide();
    m_error->setObjectName(u"contractError"_s);
    m_preview->setObjectName(u"contractPreview"_s);
    m_preview->setAccessibleName(tr("The convention as it will be printed"));
    m_preview->setOpenLinks(false);
    m_preview->setStyleSheet(u"QTextBrowser { background: white; }"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 12, 8, 8);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_table, 1);

    auto *detail = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addStretch(1);
    header->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_openRequest);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 12, 16, 8);
    detailLayout->addLayout(header);
    detailLayout->addWidget(m_summary);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_exportInfo);
    detailLayout->addWidget(m_error);
    detailLayout->addWidget(m_preview, 1);

    auto *empty = new QLabel(tr("No contract selected. A contract appears here when a proposal "
                                "is accepted."),
                             this);
    empty->setObjectName(u"contractEmptyDetail"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_detailStack->addWidget(empty);
    m_detailStack->addWidget(detail);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"contractsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 520, 880 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContractsView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_contractId.isEmpty())
            return;
        const int row = m_model->rowOfContract(m_contractId);
        if (row >= 0)
            m_table->selectRow(row);
        refresh();
    });
    connect(m_print, &QPushButton::clicked, this, &ContractsView::printContract);
    connect(m_export, &QPushButton::clicked, this, &ContractsView::exportPdf);
    connect(m_openRequest, &QPushButton::clicked, this, [this] {
        const auto record = m_workspace->store()->record(domain::entity::contract, m_contractId);
        if (record)
            emit requestRequested(record->data.value(u"request_id"_s).toString());
    });
    refresh();
}

void ContractsView::showContract(const QString &contractId)
{
    const int row = m_model->rowOfContract(contractId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ContractsView::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_contractId = m_model->contractIdAt(rows.first().row());
    else if (m_model->rowOfContract(m_contractId) < 0)
        m_contractId.clear();
    m_exportInfo->clear();
    m_exportInfo->hide();
    m_error->clearError();
    refresh();
}

void ContractsView::refresh()
{
    const auto record = m_contractId.isEmpty()
        ? std::nullopt
        : m_workspace->store()->record(domain::entity::contract, m_contractId);
    m_detailStack->setCurrentIndex(record ? 1 : 0);
    if (!record)
        return;
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract) {
        m_number->setText(record->data.value(u"number"_s).toString());
        m_error->showError(
            tr("This contract cannot be shown: %1").arg(Labels::error(contract.error())));
        m_preview->clear();
        m_print->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    m_print->setEnabled(true);
    m_export->setEnabled(true);
    const bool lending = contract->lender.structureId == m_workspace->structureId();
    m_number->setText(tr("Contract %1").arg(contract->number));
    m_status->setText(Labels::contractStatus(contract->status));
    m_status->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 9px; "
                            u"padding: 3px 10px; font-weight: bold; }"_s.arg(
                                contract->status == u"active"_s ? u"#1b5e20"_s : u"#455a64"_s));
    qint64 minutes = 0;
    for (const domain::Intervention &intervention : contract->interventions)
        minutes += intervention.range().minutes();
    const QString parties = lending
        ? tr("%1 (%2) lent to %3")
              .arg(contract->staffName, Labels::qualification(contract->staffQualification),
                   contract->user.name)
        : tr("%1 (%2) from %3")
              .arg(contract->staffName, Labels::qualification(contract->staffQualification),
                   contract->lender.name);
    m_summary->setText(tr("%1 · %2 · %n intervention(s), %3 · %4 per hour", nullptr,
                          int(contract->interventions.size()))
                           .arg(parties, Labels::contractType(contract->type),
                                Labels::duration(minutes),
                                Labels::money(contract->hourlyRateCents)));
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(
        contracts::ContractDocument::html(*contract, QLocale(), m_workspace->timeZone()));
    if (m_preview->verticalScrollBar())
        m_preview->verticalScrollBar()->setValue(scroll);
}

QPrintPreviewDialog *ContractsView::printContract()
{
    const auto record = m_workspace->store()->record(domain::entity::contract, m_contractId);
    if (!record)
        return nullptr;
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract) {
        m_error->showError(Labels::error(contract.error()));
        return nullptr;
    }
    std::shared_ptr<QTextDocument> document
        = contracts::ContractDocument::document(*contract, QLocale(), m_workspace->timeZone());
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(tr("Contract %1").arg(contract->number));
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(u"contractPrintPreview"_s);
    dialog->setWindowTitle(tr("Print contract %1").arg(contract->number));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(900, 1000);
    // The lambda keeps the printer and the document alive as long as the dialog.
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [document, printer](QPrinter *target) {
                contracts::ContractDocument::print(*document, target);
            });
    dialog->open();
    return dialog;
}

QString ContractsView::exportPdf()
{
    const auto record = m_workspace->store()->record(domain::entity::contract, m_contractId);
    if (!record)
        return {};
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract) {
        m_error->showError(Labels::error(contract.error()));
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::saveFileName(
        this, tr("Export contract as PDF"),
        QDir(folder).filePath(tr("Contract %1.pdf").arg(contract->number)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    m_error->clearError();
    const auto written = contracts::ContractDocument::writePdf(*contract, path, QLocale(),
                                                               m_workspace->timeZone());
    if (!written) {
        m_exportInfo->hide();
        m_error->showError(
            tr("The PDF could not be saved: %1").arg(Labels::error(written.error())));
        return {};
    }
    m_exportInfo->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    m_exportInfo->show();
    return path;
}

} // namespace releve::ui
