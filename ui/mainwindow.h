// The coordinator's main window: a navigation column (Planning, Requests, Contracts), the
// screens, and a status bar telling whether the work has reached the server.
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace releve::ui {

class ContractsView;
class PlanningView;
class RequestsView;
class SignInDialog;
class SyncStatusWidget;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Planning, Requests, Contracts };

    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanningView *planningView() const { return m_planning; }
    RequestsView *requestsView() const { return m_requests; }
    ContractsView *contractsView() const { return m_contracts; }
    Page currentPage() const;

public slots:
    void showPage(releve::ui::MainWindow::Page page);
    void showContract(const QString &contractId);
    void showRequest(const QString &requestId);
    SignInDialog *askPassword(); // non-blocking

private:
    void createActions();
    void updateTitle();

    Workspace *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PlanningView *m_planning;
    RequestsView *m_requests;
    ContractsView *m_contracts;
    SyncStatusWidget *m_status;
};

} // namespace releve::ui
