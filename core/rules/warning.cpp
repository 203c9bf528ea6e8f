#include "warning.h"

namespace releve::rules {

QList<Warning> applyOverrides(QList<Warning> warnings, const QList<Override> &overrides)
{
    for (Warning &warning : warnings) {
        for (const Override &o : overrides) {
            const QString reason = o.reason.trimmed();
            if (reason.isEmpty() || o.code != warning.code)
                continue;
            if (!o.interventionId.isEmpty() && o.interventionId != warning.interventionId)
                continue;
            // The most specific override (naming the intervention) wins over a blanket one.
            if (!warning.isOverridden() || !o.interventionId.isEmpty())
                warning.overrideReason = reason;
        }
    }
    return warnings;
}

QList<Warning> pendingWarnings(const QList<Warning> &warnings)
{
    QList<Warning> result;
    for (const Warning &warning : warnings) {
        if (warning.needsDecision())
            result.append(warning);
    }
    return result;
}

} // namespace releve::rules
