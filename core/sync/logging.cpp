#include "logging.h"

namespace releve::sync {
Q_LOGGING_CATEGORY(lcSync, "releve.sync")
} // namespace releve::sync
