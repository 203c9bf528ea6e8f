// The hours done under one contract, one row per contracted intervention: the planned times, the
// arrival and departure (typed by hand, or imported from a time-stamping export), kilometres, the
// CPOM rounding beside the raw times (contracts::describeHours) and whether the entry is a hand
// correction. Edits are stored as intervention_record records through the LocalStore, so they
// sync; a value that cannot be stored yet stays in its cell, marked, until it is fixed.
#pragma once

#include "core/domain/contract.h"
#include "core/domain/interventionrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace releve::ui {

class Workspace;

class HoursDoneModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        PlannedColumn,
        ArrivalColumn,
        DepartureColumn,
        KilometresColumn,
        RoundedColumn,
        EntryColumn,
        ColumnCount
    };
    enum Role {
        InterventionIdRole = Qt::UserRole + 1,
        RecordIdRole,
        CorrectedRole, // the record was entered or changed by hand
        PendingRole, // a typed value not stored yet (incomplete or invalid)
    };

    explicit HoursDoneModel(Workspace *workspace, QObject *parent = nullptr);

    void setContract(const QString &contractId);
    QString contractId() const { return m_contractId; }
    // Only the lending structure records the hours (the server refuses the others).
    bool isEditable() const { return m_editable; }
    int rowOfIntervention(const QString &interventionId) const;
    QList<domain::InterventionRecord> records() const;
    // The records' correction rate (CPOM ANNEXE II): hand entries and corrections over all.
    int correctedCount() const;
    int recordCount() const;
    // The message of the first row with a typed value that could not be stored; empty when none.
    QString firstError() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Arrival and departure as "HH:mm" (also "8:02", "0802", "8h02"), kilometres as a whole number.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public slots:
    void reload();

signals:
    // A value could not be stored: what is wrong and what to do; the typed value stays.
    void errorOccurred(const QString &message);
    // A record was stored (created or corrected) in the LocalStore.
    void recordStored(const QString &recordId);

private:
    struct Typed
    {
        QString arrival;
        QString departure;
        QString kilometres;
        QString error;
    };
    struct Row
    {
        domain::Intervention intervention;
        std::optional<domain::InterventionRecord> record;
    };

    void store(int row);
    QString timeText(const QDateTime &utc) const;

    Workspace *m_workspace;
    QString m_contractId;
    std::optional<domain::Contract> m_contract;
    bool m_editable = false;
    bool m_saving = false; // inside our own saveRecord
    QList<Row> m_rows;
    QHash<QString, Typed> m_typed; // by intervention id: typed, not stored yet (kept on reload)
};

} // namespace releve::ui
