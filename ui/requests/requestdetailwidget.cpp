#include "requestdetailwidget.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/messagebox.h"
#include "ui/common/statuscolours.h"
#include "ui/common/workspace.h"
#include "ui/requests/cancelrequestdialog.h"
#include "ui/requests/candidatemodel.h"
#include "ui/requests/proposalmodel.h"
#include "ui/requests/proposestaffdialog.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/sync/apiclient.h"
#include "core/sync/syncengine.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessible,
                      QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return table;
}
} // namespace

RequestDetailWidget::RequestDetailWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_followUp(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_info(new QGridLayout)
    , m_interventionItems(new QStandardItemModel(this))
    , m_interventionTable(
          makeTable(m_interventionItems, u"interventionTable"_s, tr("Interventions"), this))
    , m_publish(new QPushButton(tr("Publish"), this))
    , m_edit(new QPushButton(tr("Edit draft…"), this))
    , m_findCandidates(new QPushButton(tr("Find candidates"), this))
    , m_cancel(new QPushButton(tr("Cancel request…"), this))
    , m_propose(new QPushButton(tr("Propose one of my staff…"), this))
    , m_openContract(new QPushButton(tr("Open contract"), this))
    , m_actionError(new ErrorLabel(this))
    , m_actionInfo(new QLabel(this))
    , m_candidateBox(new QGroupBox(tr("Candidates ranked by the platform"), this))
    , m_candidateStatus(new QLabel(this))
    , m_candidates(new CandidateModel(this))
    , m_candidateTable(makeTable(m_candidates, u"candidatesTable"_s, tr("Candidates"), this))
    , m_candidateReasons(new QLabel(this))
    , m_proposalBox(new QGroupBox(tr("Proposals received"), this))
    , m_proposals(new ProposalModel(workspace, this))
    , m_proposalTable(makeTable(m_proposals, u"proposalsTable"_s, tr("Proposals"), this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_decline(new QPushButton(tr("Decline…"), this))
{
    setObjectName(u"requestDetail"_s);
    m_title->setObjectName(u"requestTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(u"requestSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setEnabled(false);
    m_status->setObjectName(u"requestStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setToolTip(tr("Send the request to the other agencies of the territory"));
    m_edit->setObjectName(u"editDraftButton"_s);
    m_findCandidates->setObjectName(u"findCandidatesButton"_s);
    m_findCandidates->setToolTip(tr("Ask the platform which available staff fit this request"));
    m_cancel->setObjectName(u"cancelRequestButton"_s);
    m_propose->setObjectName(u"proposeStaffButton"_s);
    m_openContract->setObjectName(u"openContractButton"_s);
    m_actionError->setObjectName(u"requestActionError"_s);
    m_actionInfo->setObjectName(u"requestActionInfo"_s);
    m_actionInfo->setWordWrap(true);
    m_actionInfo->hide();
    m_actionInfo->setTextFormat(Qt::PlainText);
    m_candidateBox->setObjectName(u"candidatesBox"_s);
    m_candidateStatus->setObjectName(u"candidatesStatus"_s);
    m_candidateStatus->setWordWrap(true);
    m_candidateStatus->setTextFormat(Qt::PlainText);
    m_candidateReasons->setObjectName(u"candidateReasons"_s);
    m_candidateReasons->setWordWrap(true);
    m_candidateReasons->setTextFormat(Qt::PlainText);
    m_candidateReasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_candidateReasons->hide();
    m_proposalBox->setObjectName(u"proposalsBox"_s);
    m_followUp->setObjectName(u"requestFollowUp"_s);
    m_followUp->setWordWrap(true);
    m_followUp->setTextFormat(Qt::PlainText);
    m_followUp->hide();
    m_accept->setObjectName(u"acceptProposalButton"_s);
    m_decline->setObjectName(u"declineProposalButton"_s);

    m_interventionItems->setHorizontalHeaderLabels(
        { tr("Day"), tr("From"), tr("To"), tr("Duration") });
    m_interventionTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_interventionTable->setFocusPolicy(Qt::NoFocus);
    m_interventionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interventionTable->horizontalHeader()->setStretchLastSection(true);

    // Reasons are sentences: they wrap, and the rows grow to show them whole.
    m_candidateTable->setWordWrap(true);
    m_candidateTable->setTextElideMode(Qt::ElideNone);
    m_candidateTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidateTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The reasons are read below the table, for the selected candidate.
    m_candidateTable->setColumnHidden(CandidateModel::ReasonsColumn, true);
    // A model reset may give sections their default size and mode back: apply them again,
    // also once the header's own delayed layout has run.
    QHeaderView *candidateColumns = m_candidateTable->horizontalHeader();
    const auto sizeCandidateColumns = [candidateColumns] {
        candidateColumns->setSectionResizeMode(QHeaderView::Interactive);
        for (const int column :
             { int(CandidateModel::RankColumn), int(CandidateModel::DistanceColumn),
               int(CandidateModel::CoverageColumn) })
            candidateColumns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        candidateColumns->setSectionResizeMode(CandidateModel::ProfileColumn, QHeaderView::Stretch);
        candidateColumns->resizeSection(CandidateModel::WorkerColumn, 210);
    };
    sizeCandidateColumns();
    connect(m_candidates, &QAbstractItemModel::modelReset, this, [this, sizeCandidateColumns] {
        sizeCandidateColumns();
        QTimer::singleShot(0, this, [this, sizeCandidateColumns] {
            sizeCandidateColumns();
            m_candidateTable->resizeRowsToContents();
        });
    });
    m_candidateTable->setMinimumHeight(m_candidateTable->verticalHeader()->defaultSectionSize()
                                       * 4);
    QHeaderView *proposalColumns = m_proposalTable->horizontalHeader();
    proposalColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    proposalColumns->setSectionResizeMode(ProposalModel::NoteColumn, QHeaderView::Stretch);
    m_proposalTable->setMinimumHeight(m_proposalTable->verticalHeader()->defaultSectionSize() * 3);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_status, 0, Qt::AlignTop);

    m_info->setHorizontalSpacing(16);
    m_info->setVerticalSpacing(6);
    m_info->setColumnStretch(1, 1);
    m_info->setColumnStretch(3, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_publish);
    actions->addWidget(m_findCandidates);
    actions->addWidget(m_propose);
    actions->addWidget(m_openContract);
    actions->addStretch(1);
    actions->addWidget(m_cancel);

    auto *candidateLayout = new QVBoxLayout(m_candidateBox);
    candidateLayout->addWidget(m_candidateStatus);
    candidateLayout->addWidget(m_candidateTable);
    candidateLayout->addWidget(m_candidateReasons);

    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addStretch(1);
    proposalButtons->addWidget(m_decline);
    proposalButtons->addWidget(m_accept);
    auto *proposalLayout = new QVBoxLayout(m_proposalBox);
    proposalLayout->addWidget(m_proposalTable);
    proposalLayout->addLayout(proposalButtons);

    auto *interventionsTitle = new QLabel(tr("Interventions (local time)"), this);
    interventionsTitle->setObjectName(u"sectionTitle"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(m_info);
    layout->addWidget(interventionsTitle);
    layout->addWidget(m_interventionTable);
    layout->addLayout(actions);
    layout->addWidget(m_followUp);
    layout->addWidget(m_actionInfo);
    layout->addWidget(m_actionError);
    layout->addWidget(m_candidateBox);
    layout->addWidget(m_proposalBox);
    layout->addStretch(1);

    connect(m_publish, &QPushButton::clicked, this, &RequestDetailWidget::publish);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_requestId); });
    connect(m_findCandidates, &QPushButton::clicked, this, &RequestDetailWidget::findCandidates);
    connect(m_cancel, &QPushButton::clicked, this, &RequestDetailWidget::cancelRequest);
    connect(m_propose, &QPushButton::clicked, this, &RequestDetailWidget::proposeStaff);
    connect(m_accept, &QPushButton::clicked, this, &RequestDetailWidget::acceptProposal);
    connect(m_decline, &QPushButton::clicked, this, &RequestDetailWidget::declineProposal);
    connect(m_openContract, &QPushButton::clicked, this, [this] {
        const QString id = contractId();
        if (!id.isEmpty())
            emit contractRequested(id);
    });
    connect(m_proposalTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestDetailWidget::updateActions);
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestDetailWidget::showCandidateReasons);
    connect(m_proposals, &QAbstractItemModel::modelReset, this,
            &RequestDetailWidget::updateActions);
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                if (entity.isEmpty() || entity == domain::entity::request
                    || entity == domain::entity::contract)
                    refresh();
            });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this,
            &RequestDetailWidget::refresh);
    showRequest({});
}

void RequestDetailWidget::setInfo(int row, int column, const QString &label, const QString &value,
                                  const QString &objectName)
{
    auto found = m_infoLabels.find(objectName);
    if (found == m_infoLabels.end()) {
        auto *caption = new QLabel(this);
        caption->setObjectName(objectName + u"Caption"_s);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QPalette palette = caption->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        caption->setPalette(palette);
        auto *text = new QLabel(this);
        text->setObjectName(objectName);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setBuddy(text);
        m_info->addWidget(caption, row, column * 2);
        m_info->addWidget(text, row, column * 2 + 1);
        found = m_infoLabels.insert(objectName, { caption, text });
    }
    found->first->setText(label);
    found->second->setText(value.isEmpty() ? tr("—") : value);
    found->second->setAccessibleName(label);
}

void RequestDetailWidget::showRequest(const QString &requestId)
{
    if (requestId != m_requestId) {
        ++m_candidateGeneration;
        m_candidates->clear();
        showCandidateReasons();
        m_candidateStatus->setText(tr("Press “Find candidates” to ask the platform for the staff "
                                      "who fit this request."));
        m_actionError->clearError();
        m_actionInfo->clear();
        m_actionInfo->hide();
    }
    m_requestId = requestId;
    refresh();
}

void RequestDetailWidget::refresh()
{
    const auto record = m_requestId.isEmpty()
        ? std::nullopt
        : m_workspace->store()->record(domain::entity::request, m_requestId);
    setVisible(record.has_value());
    if (!record) {
        m_request = {};
        return;
    }
    m_request = record->data;
    m_mine = record->structureId == m_workspace->structureId();
    const QTimeZone zone = m_workspace->timeZone();
    const QJsonObject &r = m_request;

    const QString commune = r.value(u"mission_commune"_s).toString();
    m_title->setText(tr("%1 — %2").arg(commune.isEmpty() ? tr("Commune not given") : commune,
                                       Labels::reason(r.value(u"reason"_s).toString())));
    const QDateTime published = domain::instantFromJson(r.value(u"published_at"_s).toString());
    QString subtitle = m_mine
        ? tr("Request of my agency")
        : tr("Request of %1").arg(m_workspace->structureName(record->structureId));
    if (published.isValid())
        subtitle += u" · "_s + tr("published %1").arg(LocalTime::dateTime(published, zone));
    m_subtitle->setText(subtitle);

    const QString status = r.value(u"status"_s).toString();
    const auto command = m_workspace->unconfirmedCommand(domain::entity::request, m_requestId);
    QString statusWords;
    // A chip: white text on a mid-dark fill, readable in light and dark themes alike.
    using statuscolours::Meaning;
    QColor statusFill(0x45, 0x5a, 0x64);
    if (command && command->state == u"rejected"_s) {
        statusWords = tr("Refused by the server");
        statusFill = statuscolours::fill(Meaning::Error, palette());
    } else if (command) {
        statusWords = tr("Awaiting confirmation");
        statusFill = statuscolours::fill(Meaning::Warning, palette());
    } else {
        statusWords = Labels::requestStatus(status);
        if (status == u"accepted"_s || status == u"contracted"_s)
            statusFill = statuscolours::fill(Meaning::Success, palette());
        else if (status == u"published"_s || status == u"proposed"_s)
            statusFill = statuscolours::fill(Meaning::Information, palette());
    }
    const QString statusColour = statusFill.name();
    m_status->setText(statusWords);
    m_status->setAccessibleName(tr("Status: %1").arg(statusWords));
    m_status->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 9px; "
                            u"padding: 3px 10px; font-weight: bold; }"_s.arg(statusColour));

    int row = 0;
    setInfo(row, 0, tr("Reason"), Labels::reason(r.value(u"reason"_s).toString()),
            u"reasonValue"_s);
    setInfo(row++, 1, tr("Urgency"), Labels::urgency(r.value(u"urgency"_s).toString()),
            u"urgencyValue"_s);
    setInfo(row, 0, tr("Commune"), commune, u"communeValue"_s);
    setInfo(row++, 1, tr("Address"),
            m_mine ? r.value(u"mission_address"_s).toString() : tr("Given on the contract only"),
            u"addressValue"_s);
    setInfo(row, 0, tr("Needs"), Labels::needs(strings(r.value(u"needs"_s))), u"needsValue"_s);
    setInfo(row++, 1, tr("Skills required"), Labels::skills(strings(r.value(u"required_skills"_s))),
            u"skillsValue"_s);
    setInfo(row, 0, tr("Contract"), Labels::contractType(r.value(u"contract_type"_s).toString()),
            u"contractTypeValue"_s);
    setInfo(row++, 1, tr("Hourly rate"),
            Labels::money(qint64(r.value(u"hourly_rate_cents"_s).toDouble())), u"rateValue"_s);
    const QDateTime deadline = domain::instantFromJson(r.value(u"deadline"_s).toString());
    setInfo(row, 0, tr("Answer by"), LocalTime::dateTime(deadline, zone), u"deadlineValue"_s);
    setInfo(row++, 1, tr("Search radius"), tr("%1 km").arg(r.value(u"radius_km"_s).toInt()),
            u"radiusValue"_s);
    if (m_mine) {
        const int gir = r.value(u"gir"_s).toInt();
        setInfo(row, 0, tr("Beneficiary"),
                tr("%1 · GIR %2 · %3")
                    .arg(r.value(u"beneficiary_ref"_s).toString(),
                         gir > 0 ? QString::number(gir) : tr("unknown"),
                         Labels::funding(r.value(u"funding"_s).toString())),
                u"beneficiaryValue"_s);
        setInfo(row++, 1, tr("Consent"),
                r.value(u"consent_recorded"_s).toBool() ? tr("Recorded") : tr("Not recorded yet"),
                u"consentValue"_s);
    }
    for (const QString &name : { u"beneficiaryValue"_s, u"consentValue"_s }) {
        const auto found = m_infoLabels.constFind(name);
        if (found != m_infoLabels.cend()) {
            found->first->setVisible(m_mine);
            found->second->setVisible(m_mine);
        }
    }
    setInfo(row++, 0, tr("Note"), r.value(u"note"_s).toString(), u"noteValue"_s);
    QStringList decisions;
    for (const QJsonValue &value : r.value(u"overrides"_s).toArray()) {
        const QJsonObject decision = value.toObject();
        decisions.append(tr("%1: %2").arg(Labels::warning(decision.value(u"code"_s).toString()),
                                          decision.value(u"reason"_s).toString()));
    }
    setInfo(row++, 0, tr("Warnings overridden"),
            decisions.isEmpty() ? tr("None") : decisions.join(u'\n'), u"overridesValue"_s);

    m_interventionItems->removeRows(0, m_interventionItems->rowCount());
    const QJsonArray interventions = r.value(u"interventions"_s).toArray();
    for (const QJsonValue &value : interventions) {
        const QJsonObject item = value.toObject();
        const QDateTime start = domain::instantFromJson(item.value(u"start"_s).toString());
        const QDateTime end = domain::instantFromJson(item.value(u"end"_s).toString());
        const QDateTime localStart = LocalTime::toLocal(start, zone);
        const QDateTime localEnd = LocalTime::toLocal(end, zone);
        QList<QStandardItem *> cells { new QStandardItem(LocalTime::longDay(localStart.date())),
                                       new QStandardItem(LocalTime::time(localStart.time())),
                                       new QStandardItem(LocalTime::time(localEnd.time())),
                                       new QStandardItem(
                                           Labels::duration(start.secsTo(end) / 60)) };
        m_interventionItems->appendRow(cells);
    }
    const int rowHeight = m_interventionTable->verticalHeader()->defaultSectionSize();
    m_interventionTable->setFixedHeight(
        m_interventionTable->horizontalHeader()->sizeHint().height()
        + rowHeight * int(std::min<qsizetype>(std::max<qsizetype>(interventions.size(), 1), 6))
        + 4);

    const bool open = status == u"published"_s || status == u"proposed"_s;
    m_candidateBox->setVisible(m_mine && open);
    m_proposalBox->setTitle(m_mine ? tr("Proposals received") : tr("My proposals"));
    if (m_mine && open && deadline.isValid())
        m_proposalBox->setTitle(
            deadline > QDateTime::currentDateTimeUtc()
                ? tr("Proposals received — the other agencies answer until %1")
                      .arg(LocalTime::dateTime(deadline, zone))
                : tr("Proposals received — the answer deadline has passed; decide on the "
                     "offers still standing"));
    if (m_proposals->requestId() != m_requestId)
        m_proposals->setRequest(m_requestId, int(interventions.size()));
    m_proposalBox->setVisible(!m_readOnly && (m_mine || m_proposals->rowCount() > 0));
    m_candidateBox->setVisible(!m_readOnly && m_mine && open);
    if (m_readOnly) {
        // What a territorial referent follows: counts and states, never who.
        int offered = 0;
        int accepted = 0;
        const auto proposals = m_workspace->store()->recordsWhere(domain::entity::proposal,
                                                                  u"request_id"_s, m_requestId);
        for (const store::CachedRecord &proposal : proposals) {
            const QString state = proposal.data.value(u"status"_s).toString();
            offered += 1;
            accepted += state == u"accepted"_s ? 1 : 0;
        }
        QStringList contractStates;
        const auto contracts = m_workspace->store()->recordsWhere(domain::entity::contract,
                                                                  u"request_id"_s, m_requestId);
        for (const store::CachedRecord &contract : contracts)
            contractStates.append(tr("%1, %2").arg(
                contract.data.value(u"number"_s).toString(),
                Labels::contractStatus(contract.data.value(u"status"_s).toString())));
        m_followUp->setText(
            tr("Follow-up: %n proposal(s) received", nullptr, offered)
            + (accepted > 0 ? tr(", %n accepted", nullptr, accepted) : QString()) + u". "_s
            + (contractStates.isEmpty() ? tr("No contract yet.")
                                        : tr("Contract: %1.").arg(contractStates.join(u"; "_s))));
    }
    m_followUp->setVisible(m_readOnly && !m_requestId.isEmpty());
    // Nothing is awaited any more: the outcome is on screen.
    if (!m_actionInfo->isHidden() && !awaitingAnything()) {
        m_actionInfo->clear();
        m_actionInfo->hide();
    }
    updateActions();
}

void RequestDetailWidget::showCandidateReasons()
{
    const QModelIndex current = m_candidateTable->currentIndex();
    if (!current.isValid()) {
        m_candidateReasons->clear();
        m_candidateReasons->hide();
        return;
    }
    const QString worker
        = m_candidates->index(current.row(), CandidateModel::WorkerColumn).data().toString();
    const QStringList reasons = m_candidates->index(current.row(), CandidateModel::ReasonsColumn)
                                    .data()
                                    .toString()
                                    .split(u'\n', Qt::SkipEmptyParts);
    QString text
        = tr("Why %1 ranks number %2:")
              .arg(worker.section(u'\n', 0, 0))
              .arg(m_candidates->index(current.row(), CandidateModel::RankColumn).data().toInt());
    for (const QString &reason : reasons)
        text += u"\n• "_s + reason;
    m_candidateReasons->setText(text);
    m_candidateReasons->show();
}

bool RequestDetailWidget::awaitingAnything() const
{
    if (m_workspace->unconfirmedCommand(domain::entity::request, m_requestId))
        return true;
    for (int row = 0; row < m_proposals->rowCount(); ++row) {
        if (m_proposals->index(row, 0).data(ProposalModel::AwaitingRole).toBool())
            return true;
    }
    return false;
}

QString RequestDetailWidget::contractId() const
{
    if (m_requestId.isEmpty())
        return {};
    const auto contracts = m_workspace->store()->recordsWhere(domain::entity::contract,
                                                              u"request_id"_s, m_requestId);
    return contracts.isEmpty() ? QString() : contracts.first().id;
}

QString RequestDetailWidget::selectedProposalId() const
{
    const QModelIndexList rows = m_proposalTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_proposals->proposalIdAt(rows.first().row());
}

void RequestDetailWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void RequestDetailWidget::updateActions()
{
    const QString status = m_request.value(u"status"_s).toString();
    const bool awaiting
        = m_workspace->unconfirmedCommand(domain::entity::request, m_requestId).has_value();
    const bool open = status == u"published"_s || status == u"proposed"_s;
    m_publish->setVisible(m_mine && status == u"draft"_s);
    m_edit->setVisible(m_mine && status == u"draft"_s);
    m_edit->setEnabled(!awaiting);
    m_publish->setEnabled(!awaiting);
    m_findCandidates->setVisible(m_mine && open);
    m_cancel->setVisible(m_mine && status != u"cancelled"_s && status != u"done"_s
                         && status != u"expired"_s);
    m_cancel->setEnabled(!awaiting);
    m_propose->setVisible(!m_mine && open);
    m_openContract->setVisible(!contractId().isEmpty());

    const QModelIndexList rows = m_proposalTable->selectionModel()->selectedRows();
    const bool decidable = !rows.isEmpty()
        && m_proposals->index(rows.first().row(), 0).data(ProposalModel::DecidableRole).toBool();
    m_accept->setVisible(m_mine && open);
    m_decline->setVisible(m_mine && open);
    m_accept->setEnabled(decidable && open);
    m_decline->setEnabled(decidable && open);
    if (m_readOnly) {
        for (QPushButton *button : { m_publish, m_edit, m_findCandidates, m_cancel, m_propose,
                                     m_openContract, m_accept, m_decline })
            button->setVisible(false);
    }
}

void RequestDetailWidget::queue(const QString &entity, const QString &id,
                                const QJsonObject &command)
{
    m_actionError->clearError();
    const auto queued = m_workspace->store()->queueCommand(entity, id, command);
    if (!queued) {
        m_actionError->showError(Labels::error(queued.error()));
        return;
    }
    m_actionInfo->setText(tr("Sent to the server. Awaiting confirmation: this takes a moment, or "
                             "until you are online again."));
    m_actionInfo->show();
    m_workspace->syncEngine()->syncNow();
}

void RequestDetailWidget::publish()
{
    if (!m_request.value(u"consent_recorded"_s).toBool()) {
        MessageBox::warning(this, tr("Publish request"),
                            tr("The person's consent must be recorded before the request leaves "
                               "your agency. Edit the request to record it, then publish."));
        return;
    }
    queue(domain::entity::request, m_requestId, { { u"command"_s, u"publish"_s } });
}

void RequestDetailWidget::cancelRequest()
{
    if (m_requestId.isEmpty() || m_readOnly)
        return;
    auto *dialog = new CancelRequestDialog(m_workspace, { m_requestId }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Keeping a signed contract means changing it: its page drafts the amendment.
        if (dialog->contractChoice() == CancelRequestDialog::ContractChoice::Amend) {
            emit contractRequested(dialog->runningContractIds().value(0));
            return;
        }
        const QStringList errors = dialog->queueCommands();
        if (!errors.isEmpty()) {
            m_actionError->showError(errors.join(u'\n'));
            return;
        }
        m_actionInfo->setText(tr("Sent to the server. Awaiting confirmation: this takes a "
                                 "moment, or until you are online again."));
        m_actionInfo->show();
        m_workspace->syncEngine()->syncNow();
    });
    dialog->open();
}

void RequestDetailWidget::findCandidates()
{
    const int generation = ++m_candidateGeneration;
    const int interventionCount = int(m_request.value(u"interventions"_s).toArray().size());
    m_candidateStatus->setText(tr("Asking the platform…"));
    m_findCandidates->setEnabled(false);
    sync::ApiReply *reply = m_workspace->api()->candidates(m_requestId);
    QPointer<RequestDetailWidget> self(this);
    connect(
        reply, &sync::ApiReply::finished, this, [this, self, reply, generation, interventionCount] {
            if (!self || generation != m_candidateGeneration)
                return;
            m_findCandidates->setEnabled(true);
            if (!reply->ok()) {
                const QString reason = reply->error().code == u"network"_s
                    ? tr("The platform cannot be reached: candidates are ranked by the server. "
                         "Try again once you are online.")
                    : Labels::error(reply->error());
                m_candidateStatus->setText(reason);
                m_candidates->clear();
                showCandidateReasons();
                emit candidatesLoaded(-1);
                return;
            }
            const QJsonArray list = reply->json().value(u"candidates"_s).toArray();
            m_candidates->setCandidates(list, interventionCount,
                                        strings(reply->json().value(u"cover"_s)));
            const QStringList uncovered
                = strings(reply->json().value(u"uncovered_intervention_ids"_s));
            QString text = list.isEmpty()
                ? tr("No available worker fits this request right now. Widen the search radius "
                     "or the skills, or try again later.")
                : tr("%n candidate(s), best first. Their agencies decide whether to propose them.",
                     nullptr, int(list.size()));
            if (!list.isEmpty() && !uncovered.isEmpty())
                text += u' '
                    + tr("%n intervention(s) cannot be covered by anyone.", nullptr,
                         int(uncovered.size()));
            m_candidateStatus->setText(text);
            m_candidateTable->resizeRowsToContents();
            if (!list.isEmpty())
                m_candidateTable->selectRow(0);
            showCandidateReasons();
            emit candidatesLoaded(int(list.size()));
        });
}

ProposeStaffDialog *RequestDetailWidget::proposeStaff()
{
    auto *dialog = new ProposeStaffDialog(m_workspace, m_request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString requestId = m_requestId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, requestId] {
        const QString staffId = dialog->staffId();
        if (staffId.isEmpty() || requestId != m_requestId)
            return;
        queue(domain::entity::proposal, domain::newId(),
              { { u"command"_s, u"propose"_s },
                { u"request_id"_s, requestId },
                { u"staff_id"_s, staffId },
                // The interventions the worker can take (the whole request when empty).
                { u"intervention_ids"_s, QJsonArray::fromStringList(dialog->interventionIds()) },
                { u"note"_s, dialog->note() } });
    });
    dialog->open();
    return dialog;
}

void RequestDetailWidget::acceptProposal()
{
    const QString proposalId = selectedProposalId();
    if (proposalId.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Accept proposal"),
        tr("Accept this proposal? The other offers for the same interventions will be "
           "declined and a contract will be prepared for both agencies to sign."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    queue(domain::entity::proposal, proposalId, { { u"command"_s, u"accept"_s } });
}

void RequestDetailWidget::declineProposal()
{
    const QString proposalId = selectedProposalId();
    if (proposalId.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Decline proposal"), tr("Decline this proposal? The other agency will be told."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    queue(domain::entity::proposal, proposalId,
          { { u"command"_s, u"decline"_s }, { u"reason"_s, QString() } });
}

} // namespace releve::ui
