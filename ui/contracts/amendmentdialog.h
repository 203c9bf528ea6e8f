// The dialog that drafts an amendment (avenant) of a contract's interventions: one row per
// intervention (date, start, end in the structure's local time) that the coordinator can move,
// shorten, remove or complete with a new one, and the reason, required. OK checks the rows and
// names the intervention and the problem (not a date or time, end not after start, the same as
// or overlapping another, hours already recorded, nothing changed) before anything is queued;
// command() is then the `amend` command (docs/protocol.md, "Contracts and amendments").
#pragma once

#include "core/domain/contract.h"

#include <QDialog>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace releve::ui {

class ErrorLabel;

class AmendmentDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DateColumn, StartColumn, EndColumn, ChangeColumn, ColumnCount };

    // recorded: the ids of the interventions whose hours are recorded (they cannot move or go).
    AmendmentDialog(const domain::Contract &contract, const QTimeZone &zone,
                    const QSet<QString> &recorded, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *reasonEdit() const { return m_reason; }
    // The problems of what is typed, each naming the intervention (empty when it can be sent).
    QStringList problems();
    // The `amend` command: {"command","reason","interventions":[{"id","start","end"}]}, valid
    // once problems() is empty.
    QJsonObject command() const { return m_command; }

    // The changes between two lists of interventions, one line each, for people:
    // "Changed: 12/05/2026 08:00–10:00 → 08:00–11:00", "Added: …", "Removed: …".
    static QStringList describeChanges(const QList<domain::Intervention> &before,
                                       const QList<domain::Intervention> &after,
                                       const QTimeZone &zone);

public slots:
    void addIntervention();
    void removeSelected();
    void accept() override;

private:
    void appendRow(const QString &id, const QDate &date, const QTime &start, const QTime &end);
    void updateChangeColumn();

    domain::Contract m_contract;
    QTimeZone m_zone;
    QSet<QString> m_recorded;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QJsonObject m_command;
};

} // namespace releve::ui
