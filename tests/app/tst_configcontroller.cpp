// ConfigController: every model action of the Models page goes through ConfigStore::edit and leaves
// openclaw.json with exactly the intended change (comments and layout kept); broken files are never
// written; changes made by others show up live.
#include "apptestsupport.h"
#include "configcontroller.h"

#include <QAbstractItemModelTester>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;

class TestConfigController : public QObject
{
    Q_OBJECT

private slots:
    void loadsSelection();
    void actionsWriteExactBytes_data();
    void actionsWriteExactBytes();
    void addFallbackAllowlists();
    void removeAliasKeepsComments();
    void aliasError_data();
    void aliasError();
    void unparsableFileIsReportedAndNeverWritten();
    void missingFile();
    void externalEditReloads_data();
    void externalEditReloads();
    void fallbackWarnings();
    void findingsAndTheirFixes();
    void fallbackModelEditsThroughStore();
};

namespace {
QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    if (!bytes.contains(from))
        qFatal("fixture lacks %s", from.constData());
    return bytes.replace(from, to);
}
} // namespace

void TestConfigController::loadsSelection()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QCOMPARE(config.status(), ConfigController::Status::Ok);
    QCOMPARE(config.primary(), QStringLiteral("anthropic/claude-opus-4-5"));
    QCOMPARE(config.fallbackKeys(), (QStringList{QStringLiteral("minimax/MiniMax-M2.1"),
                                                 QStringLiteral("minimax/MiniMax-M2.1-lightning")}));
    QCOMPARE(config.aliases().size(), 2);
    QCOMPARE(config.aliases().first().toMap().value(QStringLiteral("alias")).toString(),
             QStringLiteral("opus"));
    QVERIFY(config.errorString().isEmpty());
    QVERIFY(config.modelKeys().contains(QStringLiteral("minimax/MiniMax-M2.1")));
    QVERIFY(config.models()->rowCount() >= 3);
}

void TestConfigController::actionsWriteExactBytes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray seed = apptest::CommentedConfig;
    QTest::addRow("set primary") << "setPrimary"
                                 << replaced(seed, R"(primary: "anthropic/claude-opus-4-5")",
                                             R"(primary: "minimax/MiniMax-M2.1")");
    QTest::addRow("move fallback down")
        << "moveDown"
        << replaced(seed, R"(["minimax/MiniMax-M2.1", "minimax/MiniMax-M2.1-lightning"])",
                    R"(["minimax/MiniMax-M2.1-lightning", "minimax/MiniMax-M2.1"])");
    QTest::addRow("remove first fallback")
        << "removeFallback"
        << replaced(seed, R"(["minimax/MiniMax-M2.1", "minimax/MiniMax-M2.1-lightning"])",
                    R"(["minimax/MiniMax-M2.1-lightning"])");
    // Rename replaces the name in place: a one-line entry stays on one line.
    QTest::addRow("rename alias") << "renameAlias"
                                  << replaced(seed, R"({ alias: "opus" })", R"({ alias: "big-brain" })");
    QTest::addRow("add alias")
        << "addAlias"
        << replaced(seed, R"("minimax/MiniMax-M2.1-lightning": {})",
                    "\"minimax/MiniMax-M2.1-lightning\": {\n          alias: \"fast\",\n        }");
}

void TestConfigController::actionsWriteExactBytes()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, expected);
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QSignalSpy changed(&config, &ConfigController::changed);

    bool ok = false;
    if (action == QLatin1String("setPrimary"))
        ok = config.setPrimary(QStringLiteral("minimax")); // by alias
    else if (action == QLatin1String("moveDown"))
        ok = config.moveFallback(0, 1);
    else if (action == QLatin1String("removeFallback"))
        ok = config.removeFallback(0);
    else if (action == QLatin1String("renameAlias"))
        ok = config.renameAlias(QStringLiteral("opus"), QStringLiteral("big-brain"));
    else if (action == QLatin1String("addAlias"))
        ok = config.addAlias(QStringLiteral("fast"), QStringLiteral("minimax/MiniMax-M2.1-lightning"));
    QVERIFY2(ok, qPrintable(config.lastError()));
    QVERIFY(config.lastError().isEmpty());
    QCOMPARE(QString::fromUtf8(dir.read()), QString::fromUtf8(expected));
    QVERIFY(changed.count() >= 1);
}

void TestConfigController::addFallbackAllowlists()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QVERIFY2(config.addFallback(QStringLiteral("anthropic/claude-sonnet-4-5")),
             qPrintable(config.lastError()));
    QCOMPARE(config.fallbackKeys().last(), QStringLiteral("anthropic/claude-sonnet-4-5"));
    const QByteArray bytes = dir.read();
    QVERIFY(bytes.contains("// ClawDesk test config"));
    QVERIFY(bytes.contains("// when Opus is rate-limited"));
    QVERIFY(bytes.contains("\"anthropic/claude-sonnet-4-5\""));
    // Allowlisted so the fallback is not silently dropped.
    QVERIFY(!config.snapshot()->selection().droppedFallbacks().contains(
        QStringLiteral("anthropic/claude-sonnet-4-5")));
    // Adding it again changes nothing.
    QVERIFY(config.addFallback(QStringLiteral("anthropic/claude-sonnet-4-5")));
    QCOMPARE(dir.read(), bytes);
}

void TestConfigController::removeAliasKeepsComments()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QVERIFY2(config.removeAlias(QStringLiteral("opus")), qPrintable(config.lastError()));
    const QByteArray bytes = dir.read();
    QVERIFY(!bytes.contains("\"opus\""));
    QVERIFY(bytes.contains("// aliases shown in the model picker"));
    QVERIFY(bytes.contains("// the main model"));
    QCOMPARE(config.aliases().size(), 1);
    QVERIFY(!config.removeAlias(QStringLiteral("no-such-alias")) || config.aliases().size() == 1);
}

void TestConfigController::aliasError_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("forModel");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << ""
                           << ""
                           << "Alias cannot be empty.";
    QTest::addRow("space") << "my alias"
                           << ""
                           << "Alias must use letters, numbers, dots, underscores, colons, or dashes.";
    QTest::addRow("clash") << "minimax"
                           << "anthropic/claude-opus-4-5"
                           << "Alias minimax already points to minimax/MiniMax-M2.1.";
    QTest::addRow("own alias") << "opus"
                               << "anthropic/claude-opus-4-5"
                               << "";
    QTest::addRow("fresh") << "fast:v1.2_x"
                           << "minimax/MiniMax-M2.1-lightning"
                           << "";
}

void TestConfigController::aliasError()
{
    QFETCH(QString, alias);
    QFETCH(QString, forModel);
    QFETCH(QString, expected);
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QCOMPARE(config.aliasError(alias, forModel), expected);
}

void TestConfigController::unparsableFileIsReportedAndNeverWritten()
{
    apptest::StateDir dir;
    const QByteArray broken = "{\n  agents: {\n    defaults: { model: \"a/b\" \n  },\n}\n";
    dir.write(broken);
    ConfigController config(dir.paths, {});
    QCOMPARE(config.status(), ConfigController::Status::Unparsable);
    QVERIFY(config.errorLine() > 0);
    QVERIFY(config.errorColumn() > 0);
    QVERIFY2(config.errorLocation().endsWith(
                 QStringLiteral(":%1:%2").arg(config.errorLine()).arg(config.errorColumn())),
             qPrintable(config.errorLocation()));
    QVERIFY(config.errorString().startsWith(QStringLiteral("Invalid config at")));
    QVERIFY(!config.setPrimary(QStringLiteral("anthropic/claude-opus-4-5")));
    QVERIFY(!config.lastError().isEmpty());
    QCOMPARE(dir.read(), broken);
}

void TestConfigController::missingFile()
{
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    QCOMPARE(config.status(), ConfigController::Status::Missing);
    QCOMPARE(config.primary(), QStringLiteral("openai/gpt-6-astra")); // no sign of an older OpenClaw
    QVERIFY(config.fallbackKeys().isEmpty());
}

void TestConfigController::externalEditReloads_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::addRow("in place") << false;
    QTest::addRow("atomic rename") << true;
}

void TestConfigController::externalEditReloads()
{
    QFETCH(bool, atomic);
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    QSignalSpy changed(&config, &ConfigController::changed);
    const QByteArray edited = replaced(apptest::CommentedConfig, R"(primary: "anthropic/claude-opus-4-5")",
                                       R"(primary: "minimax/MiniMax-M2.1-lightning")");
    if (atomic) {
        QSaveFile file(dir.paths.configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(edited);
        QVERIFY(file.commit());
    } else {
        dir.write(edited);
    }
    QTRY_COMPARE_WITH_TIMEOUT(config.primary(), QStringLiteral("minimax/MiniMax-M2.1-lightning"), 10000);
    QVERIFY(changed.count() >= 1);

    // Still watched after the first change: a second edit also arrives.
    dir.write(apptest::CommentedConfig);
    QTRY_COMPARE_WITH_TIMEOUT(config.primary(), QStringLiteral("anthropic/claude-opus-4-5"), 10000);
}

void TestConfigController::fallbackWarnings()
{
    apptest::StateDir dir;
    // Written by OpenClaw 2026.1.30, which silently drops fallbacks outside the allowlist (2026.9.6
    // keeps them: see findingsAndTheirFixes). The allowlist lacks openai/gpt-4.1; openai has no key.
    dir.write(R"({
  meta: { lastTouchedVersion: "2026.1.30" },
  agents: { defaults: {
    models: { "anthropic/claude-opus-4-5": {}, "minimax/MiniMax-M2.1": {} },
    model: { primary: "anthropic/claude-opus-4-5", fallbacks: ["openai/gpt-4.1", "minimax/MiniMax-M2.1"] },
  } },
})");
    ConfigController config(dir.paths, {});
    FallbackModel *model = config.fallbacks();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex dropped = model->index(0);
    QCOMPARE(dropped.data(FallbackModel::KeyRole).toString(), QStringLiteral("openai/gpt-4.1"));
    QVERIFY(dropped.data(FallbackModel::DroppedRole).toBool());
    QVERIFY(dropped.data(FallbackModel::WarningRole).toString().contains(QStringLiteral("allowlist")));
    const QModelIndex fine = model->index(1);
    QVERIFY(!fine.data(FallbackModel::DroppedRole).toBool());
    QVERIFY(fine.data(FallbackModel::NoAuthRole).toBool()); // no MiniMax key in this config or env
    QCOMPARE(fine.data(FallbackModel::PositionRole).toInt(), 2);
}

void TestConfigController::findingsAndTheirFixes()
{
    apptest::StateDir dir;
    // The seed documents' env form, and a fallback outside the allowlist: 2026.9.6 rejects the first
    // and keeps the second.
    dir.write(R"({
  // keep me
  env: { MINIMAX_API_KEY: "sk-test-0000000000000000000000000000" },
  agents: { defaults: {
    models: { "anthropic/claude-opus-4-5": {} },
    model: { primary: "anthropic/claude-opus-4-5", fallbacks: ["openai/gpt-4.1"] },
  } },
})");
    ConfigController config(dir.paths, {});
    QVERIFY(!config.fallbacks()->index(0).data(FallbackModel::DroppedRole).toBool());
    const QVariantList findings = config.findings();
    QCOMPARE(findings.size(), 1);
    const QVariantMap finding = findings.first().toMap();
    QCOMPARE(finding.value(QStringLiteral("path")).toString(), QStringLiteral("env.MINIMAX_API_KEY"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(!finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("sk-test")));
    QVERIFY(!finding.value(QStringLiteral("fixLabel")).toString().isEmpty());
    QSignalSpy findingsChanged(&config, &ConfigController::findingsChanged);
    QVERIFY2(config.fixFinding(finding.value(QStringLiteral("id")).toString()),
             qPrintable(config.lastError()));
    QVERIFY(findingsChanged.count() >= 1);
    QVERIFY(config.findings().isEmpty());
    const QByteArray bytes = dir.read();
    QVERIFY(bytes.contains("// keep me"));
    QVERIFY(bytes.contains("vars"));
    QCOMPARE(config.snapshot()->config().environment().value(QStringLiteral("MINIMAX_API_KEY")),
             QStringLiteral("sk-test-0000000000000000000000000000"));
}

void TestConfigController::fallbackModelEditsThroughStore()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    FallbackModel *model = config.fallbacks();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->move(1, 0));
    QCOMPARE(model->index(0).data(FallbackModel::KeyRole).toString(),
             QStringLiteral("minimax/MiniMax-M2.1-lightning"));
    QCOMPARE(dataChanged.count(), 2); // both rows changed in place: the view keeps its current item
    QVERIFY(!model->move(0, 5));
    QVERIFY(!model->remove(7));
    QVERIFY(model->remove(0));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->add(QStringLiteral("minimax/MiniMax-M2.1-lightning")));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(dir.read().contains("// when Opus is rate-limited"));
}

QTEST_GUILESS_MAIN(TestConfigController)
#include "tst_configcontroller.moc"
