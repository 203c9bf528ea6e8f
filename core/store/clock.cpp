#include "clock.h"

#include <atomic>

namespace releve::store {

namespace {
std::atomic<qint64> skewMs { 0 };
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return QDateTime::currentDateTimeUtc().addMSecs(skewMs.load(std::memory_order_relaxed));
}

void Clock::setSkewForTesting(qint64 milliseconds)
{
    skewMs.store(milliseconds, std::memory_order_relaxed);
}

qint64 Clock::skewForTesting()
{
    return skewMs.load(std::memory_order_relaxed);
}

} // namespace releve::store
