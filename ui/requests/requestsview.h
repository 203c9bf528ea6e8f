// The requests screen: "My requests" and "Incoming" on the left, the selected request's detail
// on the right, and "New request…" to write a draft.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace releve::ui {

class RequestDetailWidget;
class RequestFilterModel;
class RequestFormDialog;
class RequestListModel;
class Workspace;

class RequestsView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsView(Workspace *workspace, QWidget *parent = nullptr);

    RequestListModel *model() const { return m_model; }
    RequestDetailWidget *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }

public slots:
    // Shows a request, switching to its section.
    void showRequest(const QString &requestId);
    void showMine();
    void showIncoming();
    RequestFormDialog *newRequest(); // non-blocking; returns the open dialog

signals:
    void contractRequested(const QString &contractId);
    void requestSelected(const QString &requestId); // the list's selection, for the map

private:
    void selectionChanged();
    void updateTabs();

    Workspace *m_workspace;
    RequestListModel *m_model;
    RequestFilterModel *m_filter;
    QTabBar *m_sections;
    QTableView *m_table;
    QPushButton *m_new;
    QStackedWidget *m_detailStack;
    RequestDetailWidget *m_detail;
    QLabel *m_emptyDetail;
};

} // namespace releve::ui
