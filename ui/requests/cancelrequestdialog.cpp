#include "cancelrequestdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

CancelRequestDialog::CancelRequestDialog(Workspace *workspace, const QStringList &requestIds,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_requestIds(requestIds)
    , m_reason(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"cancelRequestDialog"_s);
    setWindowTitle(tr("Cancel %n request(s)", nullptr, int(requestIds.size())));
    QStringList contractLines;
    for (const QString &requestId : requestIds) {
        const auto contracts = m_workspace->store()->recordsWhere(domain::entity::contract,
                                                                  u"request_id"_s, requestId);
        for (const store::CachedRecord &contract : contracts) {
            const QString status = contract.data.value(u"status"_s).toString();
            if (status == u"ended"_s)
                continue;
            m_contractIds.append(contract.id);
            contractLines.append(
                tr("%1 with %2 (%3)")
                    .arg(contract.data.value(u"number"_s).toString(),
                         m_workspace->structureName(contract.data.value(u"lender"_s)
                                                        .toObject()
                                                        .value(u"structure_id"_s)
                                                        .toString()),
                         Labels::contractStatus(status)));
        }
    }

    auto *intro = new QLabel(
        tr("The other agencies will no longer be able to answer, and the offers still waiting "
           "are declined. Say why: the reason is sent with the cancellation."),
        this);
    intro->setWordWrap(true);
    auto *reasonLabel = new QLabel(tr("&Reason for cancelling"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(u"cancelReasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. the person went back to hospital"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 5);
    m_error->setObjectName(u"cancelReasonError"_s);
    m_buttons->setObjectName(u"cancelRequestButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Cancel the request(s)", nullptr, int(requestIds.size())));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep them"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    if (!m_contractIds.isEmpty()) {
        auto *contracts = new QLabel(tr("A contract was already made: %1.\nWhat becomes of it?")
                                         .arg(contractLines.join(u"; "_s)),
                                     this);
        contracts->setObjectName(u"cancelContractsLabel"_s);
        contracts->setWordWrap(true);
        contracts->setTextFormat(Qt::PlainText);
        m_end = new QRadioButton(
            tr("&End the contract now, with the same reason (the other agency is told)"), this);
        m_end->setObjectName(u"cancelEndContractRadio"_s);
        m_amend = new QRadioButton(tr("&Keep the contract and open it to agree an amendment "
                                      "(the request is not cancelled)"),
                                   this);
        m_amend->setObjectName(u"cancelAmendContractRadio"_s);
        m_end->setChecked(true);
        layout->addWidget(contracts);
        layout->addWidget(m_end);
        layout->addWidget(m_amend);
        connect(m_amend, &QRadioButton::toggled, this, [this](bool amend) {
            m_buttons->button(QDialogButtonBox::Ok)
                ->setText(amend ? tr("Open the contract")
                                : tr("Cancel the request(s)", nullptr, int(m_requestIds.size())));
        });
    }
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, m_error, &ErrorLabel::clearError);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CancelRequestDialog::reject);
    resize(520, sizeHint().height());
}

QString CancelRequestDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

CancelRequestDialog::ContractChoice CancelRequestDialog::contractChoice() const
{
    return m_amend && m_amend->isChecked() ? ContractChoice::Amend : ContractChoice::End;
}

QStringList CancelRequestDialog::queueCommands()
{
    QStringList errors;
    if (contractChoice() != ContractChoice::End)
        return errors;
    const QString why = reason();
    for (const QString &id : std::as_const(m_requestIds)) {
        const auto queued = m_workspace->store()->queueCommand(
            domain::entity::request, id, { { u"command"_s, u"cancel"_s }, { u"reason"_s, why } });
        if (!queued)
            errors.append(Labels::error(queued.error()));
    }
    for (const QString &id : std::as_const(m_contractIds)) {
        const auto queued = m_workspace->store()->queueCommand(
            domain::entity::contract, id, { { u"command"_s, u"end"_s }, { u"reason"_s, why } });
        if (!queued)
            errors.append(Labels::error(queued.error()));
    }
    return errors;
}

void CancelRequestDialog::accept()
{
    if (contractChoice() == ContractChoice::End && reason().isEmpty()) {
        m_error->showError(tr("Reason for cancelling: please say why; the other agencies read "
                              "it."));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace releve::ui
