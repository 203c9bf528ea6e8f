// One request in full: what is asked (reason, urgency, commune, needs, skills, interventions in
// local time), its status, and what can be done with it. For my requests: publish, find
// candidates (the server's ranking), accept or decline the proposals received, open the
// contract. For another structure's request: propose one of my staff.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace releve::ui {

class CandidateModel;
class ErrorLabel;
class ProposalModel;
class ProposeStaffDialog;
class Workspace;

class RequestDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailWidget(Workspace *workspace, QWidget *parent = nullptr);

    void showRequest(const QString &requestId);
    QString requestId() const { return m_requestId; }
    CandidateModel *candidateModel() const { return m_candidates; }
    // Read only (a territorial referent): the request, its state and a follow-up without any
    // staff identity; no action.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    ProposalModel *proposalModel() const { return m_proposals; }

public slots:
    void publish();
    void findCandidates();
    void cancelRequest(); // non-blocking: asks the reason in a CancelRequestDialog
    ProposeStaffDialog *proposeStaff(); // non-blocking; returns the open dialog
    void acceptProposal();
    void declineProposal();

signals:
    void contractRequested(const QString &contractId);
    void candidatesLoaded(int count);
    void editRequested(const QString &requestId); // a draft of mine, to change in the form

private:
    void refresh();
    void updateActions();
    void showCandidateReasons();
    void queue(const QString &entity, const QString &id, const QJsonObject &command);
    QString contractId() const;
    bool awaitingAnything() const; // a command on the request or one of its proposals
    QString selectedProposalId() const;
    void setInfo(int row, int column, const QString &label, const QString &value,
                 const QString &objectName);

    Workspace *m_workspace;
    QString m_requestId;
    QJsonObject m_request;
    bool m_mine = false;
    bool m_readOnly = false;
    QLabel *m_followUp;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QGridLayout *m_info;
    QHash<QString, std::pair<QLabel *, QLabel *>> m_infoLabels; // by object name: caption, value
    QStandardItemModel *m_interventionItems;
    QTableView *m_interventionTable;
    QPushButton *m_publish;
    QPushButton *m_edit;
    QPushButton *m_findCandidates;
    QPushButton *m_cancel;
    QPushButton *m_propose;
    QPushButton *m_openContract;
    ErrorLabel *m_actionError;
    QLabel *m_actionInfo;
    QGroupBox *m_candidateBox;
    QLabel *m_candidateStatus;
    CandidateModel *m_candidates;
    QTableView *m_candidateTable;
    QLabel *m_candidateReasons;
    QGroupBox *m_proposalBox;
    ProposalModel *m_proposals;
    QTableView *m_proposalTable;
    QPushButton *m_accept;
    QPushButton *m_decline;
    int m_candidateGeneration = 0; // answers for an older request are dropped
};

} // namespace releve::ui
