#include "textdiff.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace clawdesk {

namespace {

enum class Op { Keep, Remove, Add };

struct Line
{
    Op op;
    QString text;
    int oldNumber; // 1-based line in before (for Keep/Remove), else the line before which it sits
    int newNumber;
};

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

/// The edit script by longest common subsequence; config files are small enough for the table.
QList<Line> editScript(const QStringList &a, const QStringList &b)
{
    // Common prefix and suffix first: a connect changes a few lines of a file.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    QList<Line> script;
    for (qsizetype i = 0; i < prefix; ++i)
        script.append({Op::Keep, a[i], int(i + 1), int(i + 1)});
    QList<int> table((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        const int oldNumber = int(prefix + i + 1);
        const int newNumber = int(prefix + j + 1);
        if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
            script.append({Op::Keep, a[prefix + i], oldNumber, newNumber});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            script.append({Op::Remove, a[prefix + i], oldNumber, newNumber});
            ++i;
        } else {
            script.append({Op::Add, b[prefix + j], oldNumber, newNumber});
            ++j;
        }
    }
    for (qsizetype k = 0; k < suffix; ++k) {
        const qsizetype oldIndex = a.size() - suffix + k;
        const qsizetype newIndex = b.size() - suffix + k;
        script.append({Op::Keep, a[oldIndex], int(oldIndex + 1), int(newIndex + 1)});
    }
    return script;
}

QString range(int start, int count)
{
    // A hunk with no lines on one side names the line before it, as diff(1) does.
    return count == 1 ? QString::number(start)
                      : QStringLiteral("%1,%2").arg(count == 0 ? start - 1 : start).arg(count);
}

} // namespace

QString unifiedDiff(const QString &before, const QString &after, const QString &label, int context)
{
    if (before == after)
        return {};
    const QList<Line> script = editScript(linesOf(before), linesOf(after));
    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(label);
    qsizetype index = 0;
    while (index < script.size()) {
        // Next change, and the run of changes (with gaps up to 2 * context) that forms one hunk.
        qsizetype first = index;
        while (first < script.size() && script[first].op == Op::Keep)
            ++first;
        if (first == script.size())
            break;
        qsizetype last = first;
        for (qsizetype k = first; k < script.size(); ++k) {
            if (script[k].op != Op::Keep) {
                last = k;
            } else if (k - last > 2 * context) {
                break;
            }
        }
        const qsizetype from = std::max(index, first - context);
        const qsizetype to = std::min(script.size(), last + context + 1);
        int oldCount = 0;
        int newCount = 0;
        QString body;
        for (qsizetype k = from; k < to; ++k) {
            const Line &line = script[k];
            const char mark = line.op == Op::Keep ? ' ' : line.op == Op::Remove ? '-' : '+';
            body += QLatin1Char(mark) + line.text + QLatin1Char('\n');
            oldCount += line.op != Op::Add;
            newCount += line.op != Op::Remove;
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(script[from].oldNumber, oldCount), range(script[from].newNumber, newCount)) +
               body;
        index = to;
    }
    return out;
}

} // namespace clawdesk
