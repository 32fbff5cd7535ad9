#pragma once
// What the benchmarks share: timings collected and read as percentiles, numbers printed for the
// markdown of docs/performance.md.

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <string>
#include <vector>

namespace meso::bench {

// Milliseconds, one per run; at(50) is the median, at(95) the 95th percentile, at(100) the
// slowest.
struct Times
{
    std::vector<double> ms;
    void add(const QElapsedTimer &t) { ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6); }
    double at(int percent)
    {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0 : ms[std::min(ms.size() - 1, ms.size() * percent / 100)];
    }
};

inline std::string fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals).toStdString();
}

} // namespace meso::bench
