// Many real `clawdesk` processes edit one openclaw.json at the same time: every edit that reports
// success is in the file afterwards, and the .bak chain holds the states just before, without gaps.
#include "clirunner.h"

#include <QProcess>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

class TestConfigConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void parallelEditsAreAllKept();
};

namespace {

constexpr int Rounds = 3;
constexpr int AliasWriters = 10;    // processes per round adding an alias
constexpr int FallbackWriters = 10; // processes per round adding a fallback

/// The aliases ("aN") and fallbacks ("f/mN") a config text holds.
struct Edits
{
    QSet<QString> aliases;
    QSet<QString> fallbacks;
    int total() const { return int(aliases.size() + fallbacks.size()); }
};

Edits editsIn(const QByteArray &text)
{
    Edits edits;
    // Aliases are written as "alias": "aN", fallbacks as "f/mN"; plain scanning keeps the test
    // independent of the file's exact layout.
    for (qsizetype at = text.indexOf("\"a"); at >= 0; at = text.indexOf("\"a", at + 1)) {
        const qsizetype end = text.indexOf('"', at + 1);
        const QByteArray word = text.mid(at + 1, end - at - 1);
        if (word.size() > 1 && word.size() < 6 && word.mid(1).toInt() > 0 && word.at(1) != '0')
            edits.aliases.insert(QString::fromLatin1(word));
    }
    for (qsizetype at = text.indexOf("\"f/m"); at >= 0; at = text.indexOf("\"f/m", at + 1)) {
        const qsizetype end = text.indexOf('"', at + 1);
        edits.fallbacks.insert(QString::fromLatin1(text.mid(at + 1, end - at - 1)));
    }
    return edits;
}

} // namespace

void TestConfigConcurrency::parallelEditsAreAllKept()
{
    CliRunner cli;
    cli.writeConfig("{\n  agents: { defaults: { model: { primary: \"anthropic/claude-opus-4-5\" } } },\n}\n");
    int succeeded = 0;
    int number = 0;
    QStringList expectedAliases;
    QStringList expectedFallbacks;
    for (int round = 0; round < Rounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < AliasWriters + FallbackWriters; ++i) {
            ++number;
            QStringList arguments;
            if (i % 2 == 0) {
                arguments = {QStringLiteral("models"), QStringLiteral("aliases"), QStringLiteral("add"),
                             QStringLiteral("a%1").arg(number), QStringLiteral("p/t%1").arg(number)};
                expectedAliases.append(QStringLiteral("a%1").arg(number));
            } else {
                arguments = {QStringLiteral("models"), QStringLiteral("fallbacks"), QStringLiteral("add"),
                             QStringLiteral("f/m%1").arg(number)};
                expectedFallbacks.append(QStringLiteral("f/m%1").arg(number));
            }
            processes.push_back(std::make_unique<QProcess>());
            cli.start(*processes.back(), arguments);
        }
        for (auto &process : processes) {
            process->closeWriteChannel();
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
            ++succeeded;
        }
    }
    QCOMPARE(succeeded, Rounds * (AliasWriters + FallbackWriters));

    const QByteArray final = cli.readConfig();
    const Edits edits = editsIn(final);
    for (const QString &alias : expectedAliases)
        QVERIFY2(edits.aliases.contains(alias), qPrintable(alias + QStringLiteral(" is missing")));
    for (const QString &fallback : expectedFallbacks)
        QVERIFY2(edits.fallbacks.contains(fallback), qPrintable(fallback + QStringLiteral(" is missing")));
    QCOMPARE(edits.total(), succeeded);

    // Each save added one edit, so backup n holds exactly n+1 edits fewer, each a subset of the next.
    Edits newer = edits;
    for (int n = 0; n < 5; ++n) {
        const QString name =
            cli.configPath() + (n == 0 ? QStringLiteral(".bak") : QStringLiteral(".bak.%1").arg(n));
        QFile file(name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const Edits older = editsIn(file.readAll());
        QCOMPARE(older.total(), succeeded - n - 1);
        QVERIFY(newer.aliases.contains(older.aliases));
        QVERIFY(newer.fallbacks.contains(older.fallbacks));
        newer = older;
    }
}

QTEST_GUILESS_MAIN(TestConfigConcurrency)
#include "tst_configconcurrency.moc"
