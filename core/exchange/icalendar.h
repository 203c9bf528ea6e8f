// iCalendar (RFC 5545) export of a worker's contracted interventions, for the worker's phone or
// the agency's calendar: one VEVENT per intervention, with a UID that stays the same from one
// export to the next (so a calendar updates its events instead of repeating them), times in
// Europe/Paris with its VTIMEZONE (other zones: UTC), text escaped (§3.3.11), lines folded at
// 75 octets (§3.1) and ended by CRLF.
#pragma once

#include "core/domain/contract.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace releve::exchange {

class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(releve::exchange::ICalendar)

public:
    // The interventions of the contracts that name staffId, in start order. stamp is the
    // DTSTAMP (the time of the export).
    static QByteArray workerInterventions(const QList<domain::Contract> &contracts,
                                          const QString &staffId, const QDateTime &stamp,
                                          const QTimeZone &zone = QTimeZone("Europe/Paris"));

    static QString escapeText(const QString &text); // backslash, semicolon, comma, newline
    // A content line folded at 75 octets (never inside a UTF-8 sequence), with its CRLF.
    static QByteArray foldLine(const QString &line);
    static QString uid(const domain::Contract &contract, const domain::Intervention &intervention);
};

} // namespace releve::exchange
