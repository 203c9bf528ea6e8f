// Words for a record shown field by field (the conflict and correction dialogs, the list of
// changes to review): a label instead of the JSON key, and values as a coordinator reads them —
// dates and times in the structure's zone written by QLocale, codes in words, a staff member's
// name instead of an id.
#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace releve::ui {

class Workspace;

class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    // "Availability", "Staff member", "Request"…
    static QString entityName(const QString &entity);
    // "Start", "Note", "Staff member"…; a field with no label reads as its key without
    // underscores, never as a raw key.
    static QString label(const QString &entity, const QString &field);
    // The value as people read it; "(empty)" when there is none.
    static QString value(const Workspace *workspace, const QString &entity, const QString &field,
                         const QJsonValue &value);
    // One line that says which record this is: "Availability of Marie Dupont, lun. 3 janv.,
    // 09:00–10:00".
    static QString describe(const Workspace *workspace, const QString &entity,
                            const QJsonObject &data);
    // The fields people edit and compare, in a stable, readable order (id and structure_id are
    // the record's identity, not its content).
    static QStringList shownFields(const QString &entity, const QJsonObject &data);
    static bool isShown(const QString &field);
    // Why the server refused a change, in words: what it means for the coordinator and, when
    // the server's own message says more than its code, that message too.
    static QString refusal(const QString &entity, const domain::Error &error);
    // A staff member's name (own staff) or pseudonym (another structure's), or a neutral word.
    static QString staffName(const Workspace *workspace, const QString &staffId);
};

} // namespace releve::ui
