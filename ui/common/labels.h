// The words people read for the codes records carry (qualifications, skills, statuses…), all
// through tr() so the French translation covers them.
#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace releve::ui {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString qualification(const QString &code);
    static QString skill(const QString &code);
    static QString skills(const QStringList &codes); // "Alzheimer's, transfers" or "None"
    static QString mobility(const QString &code);
    static QString need(const QString &code);
    static QString needs(const QStringList &codes);
    static QString reason(const QString &code);
    static QString urgency(const QString &code);
    static QString funding(const QString &code);
    static QString contractType(const QString &code);
    static QString slotKind(const QString &code);
    static QString requestStatus(const QString &code);
    static QString proposalStatus(const QString &code);
    static QString contractStatus(const QString &code);
    static QString distanceBand(const QString &band);
    // The kind of a rules warning (core/rules/warning.h): "Outside working hours"…
    static QString warning(const QString &code);
    // An outbox command in words: "publish" → "Publish".
    static QString command(const QString &code);
    // "22,22 €" from integer cents, in the current locale, without floating point.
    static QString money(qint64 cents);
    // An error in plain words for people: translated by its code, with the detail the code
    // alone does not carry ("must be after the start").
    static QString error(const domain::Error &error);
    // "2 h 30", "45 min".
    static QString duration(qint64 minutes);
};

} // namespace releve::ui
