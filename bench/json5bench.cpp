// How fast the JSON5 reader is on a large config-like document and on hostile shapes (deep
// nesting, long runs). Speed is measured here, not asserted in the tests: a busy machine makes
// wall-clock bounds in tests flaky.
//   build-bench/json5bench [repetitions]
#include "json5document.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace clawdesk;

namespace {

QString largeConfig()
{
    QString text = QStringLiteral("{\n  // generated\n  providers: {\n");
    int i = 0;
    while (text.size() < 1'000'000) {
        text +=
            QStringLiteral("    'p%1': { baseUrl: \"https://example.com/v1/%1\", apiKey: '${KEY_%1}', "
                           "models: [{ id: \"m-%1\", cost: { input: 0.15, output: 6e-1 }, ctx: 0x30D40 }], "
                           "enabled: true, /* note */ },\n")
                .arg(i++);
    }
    return text + QStringLiteral("  },\n}\n");
}

void measure(const char *name, const QString &text, int repetitions)
{
    qint64 best = -1;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        const Json5Document doc = Json5Document::parse(text);
        const qint64 ns = timer.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
    }
    std::printf("| %-28s | %9lld chars | %9.2f ms |\n", name, qint64(text.size()), double(best) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    std::printf("| input                        |      size       | best of %d |\n|---|---|---|\n",
                repetitions);
    measure("1 MB config", largeConfig(), repetitions);
    measure("200k open brackets", QString(200000, u'['), repetitions);
    measure("200k array items",
            QStringLiteral("[") + QStringLiteral("1,").repeated(200000) + QStringLiteral("]"), repetitions);
    measure("100k object members",
            QStringLiteral("{") + QStringLiteral("a:1,").repeated(100000) + QStringLiteral("}"), repetitions);
    measure("unterminated comment", QStringLiteral("/*") + QString(500000, u'*'), repetitions);
    measure("200k line continuations", QStringLiteral("'") + QStringLiteral("\\\n").repeated(200000),
            repetitions);
    return 0;
}
