#pragma once

#include <QList>
#include <QtGlobal>

namespace clawdesk {

/// @brief CPU time and memory of a process and its children (nginx's workers), read from /proc.
struct ProcStats
{
    qint64 cpuTicks = 0; ///< utime + stime, in clock ticks (sysconf(_SC_CLK_TCK))
    qint64 rssKb = 0;    ///< VmRSS now
    qint64 hwmKb = 0;    ///< VmHWM: peak resident set

    /// Sums @p pid and its direct children; zeros if @p pid is 0 or gone.
    static ProcStats read(qint64 pid);
    static double ticksPerSecond();
};

} // namespace clawdesk
