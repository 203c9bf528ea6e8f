// The edits the planning offers, each applied to the LocalStore (so it is queued for the server)
// and pushed as one step on the window's undo stack: create, shift or resize, delete a slot;
// copy days onto the following weeks; create the slots of a weekly pattern. Times are local wall
// clock times of the structure's zone, so that "the same hours next week" holds across a change
// to or from summer time.
#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QTime>

namespace releve::ui {

class PlanningModel;
class Workspace;

class PlanningEdits
{
    Q_DECLARE_TR_FUNCTIONS(releve::ui::PlanningEdits)

public:
    // The model, when given, reloads once per edit of many slots, and once per undo or redo of it.
    explicit PlanningEdits(Workspace *workspace, PlanningModel *model = nullptr);

    // The outcome of an edit of several slots.
    struct Outcome
    {
        int created = 0;
        int skipped = 0; // already there, identical
        QStringList refused; // one line per slot the store refused, with the reason
    };

    // A new slot on the local day, from startMinute to endMinute (1440: midnight at its end).
    domain::Result<QJsonObject> createSlot(const QString &staffId, QDate day, int startMinute,
                                           int endMinute, const QString &kind = {});
    // Moves the slot's start and end by these numbers of minutes of wall-clock time. A weekly
    // slot moves as a whole. mergeable: a keyboard nudge, merged with the previous one.
    domain::Result<QJsonObject> shiftSlot(const QString &slotId, int startMinutes, int endMinutes,
                                          bool mergeable = false);
    domain::Result<bool> deleteSlot(const QString &slotId);

    // Copies the one-off slots of these staff members on the local days [firstDay, firstDay +
    // dayCount) onto each of the following weeks (1 to weeks), as one step to undo. A slot
    // already there with the same times and kind is skipped; one the store refuses (an overlap)
    // is listed in the outcome and the others are still copied.
    Outcome copyToFollowingWeeks(const QStringList &staffIds, QDate firstDay, int dayCount,
                                 int weeks);

    struct Pattern
    {
        QString staffId;
        QList<int> weekdays; // 1 = Monday … 7 = Sunday
        QTime start;
        QTime end; // 00:00: midnight
        QString kind = QStringLiteral("available");
        QString note;
        QDate from; // first day (inclusive)
        QDate to; // last day (inclusive)
    };
    // Checks the pattern; errors name the field ("weekdays", "end", "to").
    static domain::Errors validate(const Pattern &pattern);
    // One one-off slot per chosen day between from and to, as one step to undo: each day stays
    // editable on its own, since availability changes from week to week.
    domain::Result<Outcome> applyPattern(const Pattern &pattern);

    // The local wall-clock time of an instant in the structure's zone, and back.
    static QDateTime shiftWallClock(const QDateTime &utc, qint64 minutes, const QTimeZone &zone);

private:
    QString describeRefusal(const QJsonObject &slot, const domain::Errors &errors) const;
    void pushGroup(const QString &text, const QList<std::pair<QJsonObject, QJsonObject>> &saves);

    Workspace *m_workspace;
    PlanningModel *m_model;
};

} // namespace releve::ui
