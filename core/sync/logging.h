// The logging category of core/sync ("releve.sync"). Never log a token, a password or a body.
#pragma once

#include <QLoggingCategory>

namespace releve::sync {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace releve::sync
