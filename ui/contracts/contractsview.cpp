#include "contractsview.h"

#include "ui/common/errorlabel.h"
#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/recordtable.h"
#include "ui/common/workspace.h"
#include "ui/contracts/amendmentdialog.h"
#include "ui/contracts/contractlistmodel.h"
#include "ui/contracts/hoursdoneview.h"

#include "core/contracts/contractdocument.h"
#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QString documentName(contracts::ContractDocument::Kind kind, const domain::Contract &contract)
{
    using Kind = contracts::ContractDocument::Kind;
    switch (kind) {
    case Kind::Convention:
        return ContractsView::tr("Convention (loan of staff)");
    case Kind::Avenant:
        return ContractsView::tr("Employee's avenant");
    case Kind::Subcontract:
        return ContractsView::tr("Subcontract");
    case Kind::Amendment:
        return ContractsView::tr("Amendment %1")
            .arg(contract.amendments.isEmpty() ? QString() : contract.amendments.last().number);
    }
    return {};
}

QString roleName(const QString &role)
{
    if (role == u"lender"_s)
        return ContractsView::tr("lender");
    if (role == u"user"_s)
        return ContractsView::tr("user structure");
    return ContractsView::tr("employee");
}

QString documentKindName(const QString &code)
{
    if (code == u"convention"_s)
        return ContractsView::tr("Convention");
    if (code == u"avenant"_s)
        return ContractsView::tr("Employee's avenant");
    if (code == u"sous_traitance"_s)
        return ContractsView::tr("Subcontract");
    if (code == u"amendment"_s)
        return ContractsView::tr("Amendment");
    if (code == u"statement"_s)
        return ContractsView::tr("Statement");
    return code;
}

// Why the server refused an amendment, in words, from its machine code.
QString amendmentRefusal(const store::OutboxEntry &entry)
{
    const QString &code = entry.errorCode;
    if (code == u"hours_recorded"_s)
        return ContractsView::tr("hours are already recorded for an intervention it moves or "
                                 "removes; those stay as they are");
    if (code == u"staff_committed"_s)
        return ContractsView::tr("the worker has another contracted intervention at that time");
    if (code == u"invalid_value"_s)
        return ContractsView::tr("it changes nothing, or lists an intervention twice");
    if (code == u"out_of_range"_s)
        return ContractsView::tr("an intervention does not end after it starts");
    if (code == u"required"_s)
        return ContractsView::tr("no intervention is left; end the contract instead");
    if (code == u"invalid_state"_s || code == u"invalid_transition"_s)
        return ContractsView::tr("the contract has ended");
    if (code == u"forbidden"_s)
        return ContractsView::tr("only the two structures of the contract can amend it");
    return entry.error.isEmpty() ? code : entry.error;
}

QList<domain::Intervention> interventionsOf(const QJsonObject &command)
{
    QList<domain::Intervention> list;
    for (const QJsonValue &item : command.value(u"interventions"_s).toArray())
        list.append({ item[u"id"_s].toString(),
                      domain::instantFromJson(item[u"start"_s].toString()),
                      domain::instantFromJson(item[u"end"_s].toString()) });
    return list;
}
} // namespace

ContractsView::ContractsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ContractListModel(workspace, this))
    , m_table(new QTableView(this))
    , m_detailStack(new QStackedWidget(this))
    , m_number(new QLabel(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_signatures(new QLabel(this))
    , m_documentKind(new QComboBox(this))
    , m_hashes(new QLabel(this))
    , m_signatory(new QLineEdit(this))
    , m_sign(new QPushButton(this))
    , m_signInfo(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_hours(new HoursDoneView(workspace, this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_export(new QPushButton(tr("Export PDF…"), this))
    , m_openRequest(new QPushButton(tr("Open request"), this))
    , m_amend(new QPushButton(tr("Amend the interventions…"), this))
    , m_amendments(new QLabel(this))
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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpRecordTable(m_table, 220); // long agency names elide

    m_number->setObjectName(u"contractNumberLabel"_s);
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.35);
    m_number->setFont(numberFont);
    m_status->setObjectName(u"contractStatusLabel"_s);
    m_summary->setObjectName(u"contractSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_signatures->setObjectName(u"contractSignatures"_s);
    m_signatures->setWordWrap(true);
    m_signatures->setTextFormat(Qt::PlainText);
    m_documentKind->setObjectName(u"documentKindCombo"_s);
    m_documentKind->setAccessibleName(tr("Document to print"));
    m_documentKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hashes->setObjectName(u"documentHashes"_s);
    m_hashes->setWordWrap(true);
    m_hashes->setTextFormat(Qt::PlainText);
    m_hashes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"contractTabs"_s);
    m_signatory->setObjectName(u"signatoryEdit"_s);
    m_signatory->setPlaceholderText(tr("Name of the person who signed"));
    m_signatory->setAccessibleName(tr("Signatory"));
    m_signatory->setMaxLength(200);
    m_sign->setObjectName(u"recordSignatureButton"_s);
    m_signInfo->setObjectName(u"signatureInfo"_s);
    m_signInfo->setWordWrap(true);
    m_print->setObjectName(u"printContractButton"_s);
    m_print->setToolTip(tr("Preview the document and print it for signature"));
    m_export->setObjectName(u"exportPdfButton"_s);
    m_export->setToolTip(tr("Save the document as a PDF file; its SHA-256 is kept on the "
                            "contract"));
    m_openRequest->setObjectName(u"openRequestButton"_s);
    m_amend->setObjectName(u"amendContractButton"_s);
    m_amendments->setObjectName(u"contractAmendments"_s);
    m_amendments->setWordWrap(true);
    m_amendments->setTextFormat(Qt::PlainText);
    m_amendments->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    header->addWidget(m_amend);
    header->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_documentKind);
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_openRequest);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 12, 16, 8);
    detailLayout->addLayout(header);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_signatures);
    detailLayout->addWidget(m_amendments);
    auto *documentPage = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentPage);
    documentLayout->setContentsMargins(0, 6, 0, 0);
    documentLayout->addLayout(buttons);
    auto *signRow = new QHBoxLayout;
    signRow->addWidget(m_signatory, 1);
    signRow->addWidget(m_sign);
    documentLayout->addLayout(signRow);
    documentLayout->addWidget(m_signInfo);
    documentLayout->addWidget(m_exportInfo);
    documentLayout->addWidget(m_error);
    documentLayout->addWidget(m_hashes);
    documentLayout->addWidget(m_preview, 1);
    m_tabs->addTab(documentPage, tr("Documents"));
    m_tabs->addTab(m_hours, tr("Hours done"));
    detailLayout->addWidget(m_tabs, 1);

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
    connect(m_documentKind, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this, [this] { refresh(); });
    connect(m_print, &QPushButton::clicked, this, &ContractsView::printContract);
    connect(m_sign, &QPushButton::clicked, this, &ContractsView::recordSignature);
    connect(m_amend, &QPushButton::clicked, this, &ContractsView::amendInterventions);
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

QString ContractsView::dueSignature() const
{
    const auto record = m_contractId.isEmpty()
        ? std::nullopt
        : m_workspace->store()->record(domain::entity::contract, m_contractId);
    if (!record)
        return {};
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract || contract->status == u"ended"_s)
        return {};
    const auto kind = contracts::ContractDocument::Kind(m_documentKind->currentData().toInt());
    const bool subcontract = contract->type == u"sous_traitance"_s;
    QString status = contract->status;
    if (kind == contracts::ContractDocument::Kind::Amendment) {
        if (contract->amendments.isEmpty())
            return {};
        status = contract->amendments.last().status;
    } else if (kind == contracts::ContractDocument::Kind::Avenant && status != u"signed_user"_s) {
        return {}; // the employee signs once both structures have
    }
    const QString mine = m_workspace->structureId();
    if (status == u"draft"_s && contract->lender.structureId == mine)
        return u"lender"_s;
    if (status == u"signed_lender"_s && contract->user.structureId == mine)
        return u"user"_s;
    if (status == u"signed_user"_s && !subcontract && contract->lender.structureId == mine)
        return u"employee"_s;
    return {};
}

bool ContractsView::recordSignature()
{
    const QString role = dueSignature();
    const auto record = m_workspace->store()->record(domain::entity::contract, m_contractId);
    if (role.isEmpty() || !record)
        return false;
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract)
        return false;
    const QString name = m_signatory->text().trimmed();
    if (name.isEmpty()) {
        m_error->showError(tr("Signatory: type the name of the person who signed."));
        m_signatory->setFocus();
        return false;
    }
    const auto kind = contracts::ContractDocument::Kind(m_documentKind->currentData().toInt());
    QJsonObject command { { u"command"_s, u"sign"_s }, { u"role"_s, role }, { u"name"_s, name } };
    if (kind == contracts::ContractDocument::Kind::Amendment)
        command.insert(u"amendment"_s, contract->amendments.last().number);
    // The copy that was signed: the one exported last, else the last one recorded of this kind.
    QString hash = m_exported.value(int(kind));
    for (const domain::PrintedDocumentRecord &printed : contract->documents) {
        if (hash.isEmpty() && printed.kind == contracts::ContractDocument::kindCode(kind)
            && printed.textVersion == contract->textVersion())
            hash = printed.sha256;
    }
    if (!hash.isEmpty())
        command.insert(u"document_hash"_s, hash);
    const auto queued
        = m_workspace->store()->queueCommand(domain::entity::contract, contract->id, command);
    if (!queued) {
        m_error->showError(
            tr("The signature could not be recorded: %1").arg(Labels::error(queued.error())));
        return false;
    }
    m_error->clearError();
    m_signatory->clear();
    refresh();
    return true;
}

QString ContractsView::amendBlocker() const
{
    const auto record = m_contractId.isEmpty()
        ? std::nullopt
        : m_workspace->store()->record(domain::entity::contract, m_contractId);
    if (!record)
        return tr("No contract selected.");
    const auto contract = domain::Contract::fromJson(record->data);
    if (!contract)
        return tr("This contract cannot be read.");
    const QString mine = m_workspace->structureId();
    if (contract->lender.structureId != mine && contract->user.structureId != mine)
        return tr("Only the two structures of the contract can amend it.");
    if (contract->status == u"ended"_s)
        return tr("The contract has ended: post a new request instead.");
    if (contract->status == u"draft"_s)
        return tr("The contract is not signed yet: the lender signs it first.");
    for (const store::OutboxEntry &entry :
         m_workspace->unconfirmedCommands(domain::entity::contract)) {
        if (entry.recordId == contract->id && entry.state != u"rejected"_s
            && entry.data.value(u"command"_s).toString() == u"amend"_s)
            return tr("An amendment is awaiting confirmation: synchronise first.");
    }
    return {};
}

AmendmentDialog *ContractsView::amendInterventions()
{
    const QString blocker = amendBlocker();
    if (!blocker.isEmpty()) {
        m_error->showError(blocker);
        return nullptr;
    }
    const auto contract = domain::Contract::fromJson(
        m_workspace->store()->record(domain::entity::contract, m_contractId)->data);
    // The interventions whose hours are recorded stay as they are (the server refuses too).
    QSet<QString> recorded;
    for (const store::CachedRecord &hours : m_workspace->store()->recordsWhere(
             domain::entity::interventionRecord, u"contract_id"_s, m_contractId))
        recorded.insert(hours.data.value(u"intervention_id"_s).toString());
    auto *dialog = new AmendmentDialog(*contract, m_workspace->timeZone(), recorded, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { queueAmendment(dialog->command()); });
    dialog->open();
    return dialog;
}

bool ContractsView::queueAmendment(const QJsonObject &command)
{
    if (command.isEmpty() || m_contractId.isEmpty())
        return false;
    const auto queued
        = m_workspace->store()->queueCommand(domain::entity::contract, m_contractId, command);
    if (!queued) {
        m_error->showError(
            tr("The amendment could not be queued: %1").arg(Labels::error(queued.error())));
        return false;
    }
    m_error->clearError();
    refresh();
    return true;
}

void ContractsView::setDocumentIndex(int index)
{
    m_documentKind->setCurrentIndex(index);
    refresh();
}

void ContractsView::showHours()
{
    m_tabs->setCurrentWidget(m_hours);
}

void ContractsView::showDocument()
{
    m_tabs->setCurrentIndex(0);
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
    m_hours->setContract(m_contractId);
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
    // Signatures: who signed for which party, and when.
    QStringList signed_;
    for (const domain::Signature &signature : contract->signatures)
        signed_.append(
            tr("%1 for the %2 on %3")
                .arg(signature.name, roleName(signature.role),
                     LocalTime::numericDate(
                         LocalTime::toLocal(signature.at, m_workspace->timeZone()).date())));
    m_signatures->setText(signed_.isEmpty() ? tr("Not signed yet.")
                                            : tr("Signed by %1.").arg(signed_.join(u"; "_s)));
    // Amendments: numbered by the server, awaiting confirmation, or refused, with their changes.
    QStringList amendments;
    const QTimeZone zone = m_workspace->timeZone();
    const QString indent = u"    "_s;
    for (const domain::ContractAmendment &amendment : contract->amendments) {
        amendments.append(
            tr("Amendment %1 (%2) of %3: %4")
                .arg(amendment.number, Labels::contractStatus(amendment.status),
                     LocalTime::numericDate(LocalTime::toLocal(amendment.createdAt, zone).date()),
                     amendment.reason));
        for (const QString &line :
             AmendmentDialog::describeChanges(amendment.previous, amendment.interventions, zone))
            amendments.append(indent + line);
    }
    for (const store::OutboxEntry &entry :
         m_workspace->unconfirmedCommands(domain::entity::contract)) {
        if (entry.recordId != contract->id
            || entry.data.value(u"command"_s).toString() != u"amend"_s)
            continue;
        const QString reason = entry.data.value(u"reason"_s).toString();
        if (entry.state == u"rejected"_s) {
            amendments.append(tr("The server refused the amendment “%1”: %2.")
                                  .arg(reason, amendmentRefusal(entry)));
            continue;
        }
        // Pending, sent, or accepted and not yet pulled back (it then arrives numbered).
        amendments.append(
            tr("Amendment awaiting confirmation (numbered by the server at the next sync): %1")
                .arg(reason));
        for (const QString &line : AmendmentDialog::describeChanges(
                 contract->interventions, interventionsOf(entry.data), zone))
            amendments.append(indent + line);
    }
    m_amendments->setText(amendments.join(u'\n'));
    m_amendments->setVisible(!amendments.isEmpty());
    const QString blocker = amendBlocker();
    m_amend->setEnabled(blocker.isEmpty());
    m_amend->setToolTip(blocker.isEmpty()
                            ? tr("Move, shorten, remove or add interventions: an amendment "
                                 "(avenant) with its own number, signed by both structures")
                            : blocker);
    // The documents to print, the main one first; the choice is kept while it exists.
    const QList<contracts::ContractDocument::Kind> kinds
        = contracts::ContractDocument::kinds(*contract);
    const int chosen
        = m_documentKind->currentData().isValid() ? m_documentKind->currentData().toInt() : -1;
    m_documentKind->clear();
    for (const contracts::ContractDocument::Kind kind : kinds)
        m_documentKind->addItem(documentName(kind, *contract), int(kind));
    const int keep = m_documentKind->findData(chosen);
    m_documentKind->setCurrentIndex(keep >= 0 ? keep : 0);
    // The printed copies' SHA-256, per kind and text version.
    QStringList hashes;
    for (const domain::PrintedDocumentRecord &printed : contract->documents)
        hashes.append(
            tr("%1 (text %2): %3, %4")
                .arg(documentKindName(printed.kind))
                .arg(printed.textVersion)
                .arg(printed.sha256,
                     LocalTime::numericDate(
                         LocalTime::toLocal(printed.at, m_workspace->timeZone()).date())));
    // Printed copies whose record the server has not confirmed yet (sent with the next sync).
    for (const store::OutboxEntry &entry :
         m_workspace->unconfirmedCommands(domain::entity::contract)) {
        if (entry.recordId != contract->id
            || entry.data.value(u"command"_s).toString() != u"record_document"_s
            || entry.state == u"rejected"_s)
            continue;
        hashes.append(tr("%1 (text %2): %3, awaiting confirmation")
                          .arg(documentKindName(entry.data.value(u"kind"_s).toString()))
                          .arg(entry.data.value(u"text_version"_s).toInt(contract->textVersion()))
                          .arg(entry.data.value(u"sha256"_s).toString()));
    }
    m_hashes->setText(hashes.isEmpty()
                          ? tr("No printed copy recorded yet.")
                          : tr("Printed copies (SHA-256):") + u'\n' + hashes.join(u'\n'));
    // The signature my structure owes on the document shown, if any.
    const QString due = dueSignature();
    const auto awaiting = m_workspace->unconfirmedCommand(domain::entity::contract, contract->id);
    const bool signing = awaiting && awaiting->data.value(u"command"_s).toString() == u"sign"_s
        && awaiting->state != u"rejected"_s;
    m_signatory->setVisible(!due.isEmpty());
    m_sign->setVisible(!due.isEmpty());
    m_sign->setEnabled(!signing);
    m_sign->setText(due == u"lender"_s     ? tr("Record the lender's signature")
                        : due == u"user"_s ? tr("Record the user structure's signature")
                                           : tr("Record the employee's signature"));
    if (signing)
        m_signInfo->setText(tr("Signature of %1 sent: awaiting confirmation.")
                                .arg(awaiting->data.value(u"name"_s).toString()));
    else if (awaiting && awaiting->state == u"rejected"_s)
        m_signInfo->setText(tr("The server refused the signature: %1").arg(awaiting->error));
    else
        m_signInfo->clear();
    m_signInfo->setVisible(!m_signInfo->text().isEmpty());
    m_preview->setHtml(contracts::ContractDocument::html(
        contracts::ContractDocument::Kind(m_documentKind->currentData().toInt()), *contract,
        QLocale(), m_workspace->timeZone()));
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
    const auto kind = contracts::ContractDocument::Kind(m_documentKind->currentData().toInt());
    std::shared_ptr<QTextDocument> document = contracts::ContractDocument::document(
        kind, *contract, QLocale(), m_workspace->timeZone());
    if (!document) {
        m_error->showError(tr("The template of this document is missing from this build. "
                              "Reinstall Relève."));
        return nullptr;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(documentName(kind, *contract) + u' ' + contract->number);
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(u"contractPrintPreview"_s);
    dialog->setWindowTitle(
        tr("Print %1 — %2").arg(documentName(kind, *contract), contract->number));
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
    const auto kind = contracts::ContractDocument::Kind(m_documentKind->currentData().toInt());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::saveFileName(
        this, tr("Export contract as PDF"),
        QDir(folder).filePath(tr("%1 %2.pdf").arg(documentName(kind, *contract), contract->number)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    m_error->clearError();
    const auto written = contracts::ContractDocument::writePdf(kind, *contract, path, QLocale(),
                                                               m_workspace->timeZone());
    if (!written) {
        m_exportInfo->hide();
        m_error->showError(
            tr("The PDF could not be saved: %1").arg(Labels::error(written.error())));
        return {};
    }
    m_exported.insert(int(kind), *written);
    // The file's SHA-256 is kept on the contract for both parties (sent with the next sync).
    const auto queued = m_workspace->store()->queueCommand(
        domain::entity::contract, contract->id,
        { { u"command"_s, u"record_document"_s },
          { u"kind"_s, contracts::ContractDocument::kindCode(kind) },
          { u"sha256"_s, *written },
          { u"text_version"_s, contract->textVersion() } });
    m_exportInfo->setText(
        tr("Saved to %1 · SHA-256 %2%3")
            .arg(QDir::toNativeSeparators(path), *written,
                 queued
                     ? QString()
                     : u" ("_s + tr("not recorded: %1").arg(Labels::error(queued.error())) + u')'));
    m_exportInfo->show();
    return path;
}

} // namespace releve::ui
