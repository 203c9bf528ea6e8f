// Shows a conflict the server reported — this computer's version beside the server's, field by
// field, in words — and lets the coordinator keep one, the other, or choose per field (merge).
// The decision goes to LocalStore::resolveConflict(), which queues it as a new mutation.
#pragma once

#include "core/store/localstore.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableWidget;

namespace releve::ui {

class ErrorLabel;
class Workspace;

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Side { Mine, Theirs };

    ConflictDialog(Workspace *workspace, const store::Conflict &conflict,
                   QWidget *parent = nullptr);

    const store::Conflict &conflict() const { return m_conflict; }
    // The differing fields in the order shown (changed on both sides first).
    QStringList fields() const { return m_fields; }
    // The side chosen for a field, if any (a field changed on both sides starts with none).
    std::optional<Side> choice(const QString &field) const;

    // The three decisions (also the dialog's buttons). Each resolves the conflict, or shows why
    // it could not and stays open.
    void keepMine();
    void keepTheirs();
    void merge();

signals:
    void resolved(const QString &entity, const QString &recordId);

private:
    void resolveWith(const QJsonObject &resolution);
    void updateMergeButton();

    Workspace *m_workspace;
    store::Conflict m_conflict;
    QStringList m_fields;
    QStringList m_overlapping;
    QTableWidget *m_table;
    QHash<QString, QButtonGroup *> m_choices; // by field; button id 0 = mine, 1 = theirs
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_merge;
    QLabel *m_mergeHint;
    ErrorLabel *m_error;
};

} // namespace releve::ui
