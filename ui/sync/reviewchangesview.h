// The "changes to review" page: the conflicts and the refused changes waiting for a decision.
// A conflict opens the mine / theirs / merge dialog; a refused change can be corrected and sent
// again, sent again as it is, or discarded after confirmation. After a decision the sync engine
// is asked to send it at once.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace releve::ui {

class ConflictDialog;
class CorrectionDialog;
class ReviewModel;
class Workspace;

class ReviewChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewChangesView(Workspace *workspace, QWidget *parent = nullptr);

    ReviewModel *model() const { return m_model; }
    // Opens (with open(), never exec()) the dialog for a row; nullptr when the row is not of
    // that kind. The dialogs delete themselves when closed.
    ConflictDialog *resolveConflict(int row);
    CorrectionDialog *correctRejected(int row);
    void resendAsIs(int row);
    void discard(int row); // asks first (MessageBox seam)

signals:
    // The number of changes waiting for a person changed (for a badge or a navigation label).
    void countChanged(int count);

private:
    int currentRow() const;
    void updateButtons();
    void decided();

    Workspace *m_workspace;
    ReviewModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_resolve;
    QPushButton *m_correct;
    QPushButton *m_resend;
    QPushButton *m_discard;
};

} // namespace releve::ui
