// This computer's clock, replaceable in tests (after KeePassXC's Clock): a workstation whose
// clock is a day off must sync exactly as one whose clock is right. Nothing in the cache or the
// sync orders or decides by it; it only stamps what people read (created at, last sync).
#pragma once

#include <QDateTime>

namespace releve::store {

class Clock
{
public:
    static QDateTime currentDateTimeUtc();
    // Tests only: every later reading is shifted by this many milliseconds (0 = the real clock).
    static void setSkewForTesting(qint64 milliseconds);
    static qint64 skewForTesting();
};

} // namespace releve::store
