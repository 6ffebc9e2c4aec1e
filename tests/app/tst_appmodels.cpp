// The list models behind the pages: ModelListModel (search, show all), RequestLogModel (cap,
// newest first), UsageModel (days, totals) — each under QAbstractItemModelTester for the whole test.
#include "appsettings.h"
#include "apptestsupport.h"
#include "configcontroller.h"
#include "gatewaybridge.h"
#include "requestlogmodel.h"
#include "usagemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;

class TestAppModels : public QObject
{
    Q_OBJECT

private slots:
    void modelListRowsAndRoles();
    void modelListContextByRelease_data();
    void modelListContextByRelease();
    void modelListSearch_data();
    void modelListSearch();
    void modelListShowAll();
    void requestLogNewestFirstAndCapped();
    void usagePerDay_data();
    void usagePerDay();
    void usageUpdatesTodayInPlace();
    void gatewayBridgeActivity();
};

void TestAppModels::modelListRowsAndRoles()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    ModelListModel *model = config.models();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    const QHash<int, QByteArray> roles = model->roleNames();
    QCOMPARE(roles.value(ModelListModel::KeyRole), QByteArray("key"));
    QCOMPARE(roles.value(ModelListModel::IsPrimaryRole), QByteArray("isPrimary"));

    QModelIndex opus;
    QModelIndex minimax;
    QModelIndex lightning;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(ModelListModel::KeyRole).toString() == QLatin1String("anthropic/claude-opus-4-5"))
            opus = index;
        if (index.data(ModelListModel::KeyRole).toString() == QLatin1String("minimax/MiniMax-M2.1"))
            minimax = index;
        if (index.data(ModelListModel::KeyRole).toString() == QLatin1String("minimax/MiniMax-M2.1-lightning"))
            lightning = index;
    }
    QVERIFY(opus.isValid());
    QVERIFY(opus.data(ModelListModel::IsPrimaryRole).toBool());
    QCOMPARE(opus.data(ModelListModel::FallbackIndexRole).toInt(), 0);
    QCOMPARE(opus.data(ModelListModel::AliasesRole).toStringList(), QStringList{QStringLiteral("opus")});
    QVERIFY(opus.data(ModelListModel::TagsRole).toStringList().contains(QStringLiteral("default")));
    QVERIFY(minimax.isValid());
    QCOMPARE(minimax.data(ModelListModel::FallbackIndexRole).toInt(), 1);
    QVERIFY(minimax.data(ModelListModel::AuthRole).toBool()); // MINIMAX_API_KEY from the env block
    // Nothing tells the release, so 2026.9.6's rules: its MiniMax context for a model outside its own
    // catalog, 204800 tokens, shown 1000-based as its `models list` does.
    QCOMPARE(minimax.data(ModelListModel::ContextRole).toString(), QStringLiteral("205k"));
    QVERIFY(lightning.isValid());
    QCOMPARE(lightning.data(ModelListModel::FallbackIndexRole).toInt(), 2);
    QVERIFY(!model->index(0).data(Qt::UserRole + 100).isValid());
    QCOMPARE(model->keyAt(99), QString());
}

void TestAppModels::modelListContextByRelease_data()
{
    QTest::addColumn<QByteArray>("meta");
    QTest::addColumn<QString>("m21");
    QTest::addColumn<QString>("m3");
    // 2026.1.30 writes 200000 for MiniMax M2.1 and has no M3.
    QTest::addRow("2026.1.30") << QByteArray(R"(meta: { lastTouchedVersion: "2026.1.30" },)") << "200k"
                               << QString();
    QTest::addRow("2026.9.6") << QByteArray(R"(meta: { lastTouchedVersion: "2026.9.6" },)") << "205k"
                              << "1000k";
    QTest::addRow("no sign: newest") << QByteArray() << "205k"
                                     << "1000k";
}

void TestAppModels::modelListContextByRelease()
{
    QFETCH(QByteArray, meta);
    QFETCH(QString, m21);
    QFETCH(QString, m3);
    apptest::StateDir dir;
    QByteArray text(apptest::CommentedConfig);
    text.insert(text.indexOf('{') + 1, "\n  " + meta);
    dir.write(text);
    ConfigController config(dir.paths, {});
    ModelListModel *model = config.models();
    model->setShowAll(true);
    QMap<QString, QString> context;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        context.insert(index.data(ModelListModel::KeyRole).toString(),
                       index.data(ModelListModel::ContextRole).toString());
    }
    QCOMPARE(context.value(QStringLiteral("minimax/MiniMax-M2.1")), m21);
    QCOMPARE(context.value(QStringLiteral("minimax/MiniMax-M3")), m3);
}

void TestAppModels::modelListSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addRow("empty") << "" << 3;
    QTest::addRow("provider") << "minimax" << 2;
    QTest::addRow("alias") << "opus" << 1;
    QTest::addRow("case-insensitive") << "LIGHTNING" << 1;
    QTest::addRow("nothing") << "zzz-none" << 0;
}

void TestAppModels::modelListSearch()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    ModelListModel *model = config.models();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searchChanged(model, &ModelListModel::searchChanged);
    model->setSearch(search);
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(searchChanged.count(), search.isEmpty() ? 0 : 1);
}

void TestAppModels::modelListShowAll()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    ModelListModel *model = config.models();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int configured = model->rowCount();
    model->setShowAll(true);
    QVERIFY(model->rowCount() > configured);
    model->setSearch(QStringLiteral("opus"));
    QVERIFY(model->rowCount() >= 1);
    model->setShowAll(false);
    model->setSearch(QString());
    QCOMPARE(model->rowCount(), configured);
}

void TestAppModels::requestLogNewestFirstAndCapped()
{
    RequestLogModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i) {
        RequestRecord r;
        r.requestedModel = QStringLiteral("req-%1").arg(i);
        r.servedModel = i == 4 ? QStringLiteral("minimax/MiniMax-M2.1") : r.requestedModel;
        r.attempts =
            i == 4 ? QStringList{QStringLiteral("anthropic/claude-opus-4-5: rate_limit")} : QStringList();
        r.status = 200;
        r.costUsd = 0.01 * i;
        model.add(r);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(RequestLogModel::RequestedRole).toString(), QStringLiteral("req-4"));
    QCOMPARE(model.index(2).data(RequestLogModel::RequestedRole).toString(), QStringLiteral("req-2"));
    QVERIFY(model.index(0).data(RequestLogModel::FailedOverRole).toBool());
    QVERIFY(!model.index(1).data(RequestLogModel::FailedOverRole).toBool());
    QCOMPARE(model.index(0).data(RequestLogModel::CostRole).toDouble(), 0.04);
    // The inspector's columns: the client API by name, the failover reason in words, attempts split.
    QCOMPARE(model.index(0).data(RequestLogModel::ReasonRole).toString(), QStringLiteral("rate limited"));
    QCOMPARE(model.index(1).data(RequestLogModel::ReasonRole).toString(), QString());
    const QVariantMap detail = model.get(0);
    QCOMPARE(detail.value(QStringLiteral("served")).toString(), QStringLiteral("minimax/MiniMax-M2.1"));
    const QVariantList attempts = detail.value(QStringLiteral("attempts")).toList();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().toMap().value(QStringLiteral("model")).toString(),
             QStringLiteral("anthropic/claude-opus-4-5"));
    QCOMPARE(attempts.first().toMap().value(QStringLiteral("reason")).toString(),
             QStringLiteral("rate_limit"));
    QVERIFY(model.get(7).isEmpty());

    // A refused request (no model answered): its reason column carries the error, not a made-up status.
    RequestRecord refused;
    refused.clientApi = QStringLiteral("openai-chat");
    refused.requestedModel = QStringLiteral("opus");
    refused.status = 502;
    refused.attempts = {QStringLiteral("anthropic/claude-opus-4-5: connection")};
    refused.error = QStringLiteral("No model could answer");
    model.add(refused);
    QCOMPARE(model.index(0).data(RequestLogModel::ClientRole).toString(), QStringLiteral("OpenAI Chat"));
    QCOMPARE(model.index(0).data(RequestLogModel::ReasonRole).toString(),
             QStringLiteral("could not connect"));
    QVERIFY(!model.index(0).data(RequestLogModel::FailedOverRole).toBool());

    // The gateway names the tool and the failover reason itself; the inspector shows both.
    RequestRecord named = refused;
    named.client = QStringLiteral("Claude Code");
    named.failoverReason = QStringLiteral("timeout");
    named.degradations = {QStringLiteral("thinking dropped")};
    model.add(named);
    QCOMPARE(model.index(0).data(RequestLogModel::ClientRole).toString(), QStringLiteral("Claude Code"));
    QCOMPARE(model.index(0).data(RequestLogModel::ReasonRole).toString(), QStringLiteral("timed out"));
    QCOMPARE(model.get(0).value(QStringLiteral("degradations")).toStringList(),
             QStringList{QStringLiteral("thinking dropped")});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAppModels::usagePerDay_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("requests");
    QTest::addColumn<double>("cost");
    QTest::addRow("7 days") << 7 << 3 << 0.6;
    QTest::addRow("30 days") << 30 << 4 << 1.6;
}

void TestAppModels::usagePerDay()
{
    QFETCH(int, days);
    QFETCH(int, requests);
    QFETCH(double, cost);
    const QDate today(2026, 11, 21);
    RecordUsageSource source;
    auto record = [&](QDate day, double costUsd, qint64 in, qint64 out) {
        RequestRecord r;
        r.time = QDateTime(day, QTime(12, 0));
        r.costUsd = costUsd;
        r.inputTokens = in;
        r.outputTokens = out;
        source.add(r);
    };
    record(today, 0.25, 1000, 200);
    record(today, 0.25, 500, 100);
    record(today.addDays(-6), 0.1, 10, 10);
    record(today.addDays(-20), 1.0, 5, 5); // only in the 30-day range
    UsageModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(today);
    model.setDays(days);
    QCOMPARE(model.rowCount(), days);
    QCOMPARE(model.index(days - 1).data(UsageModel::DateRole).toDate(), today);
    QCOMPARE(model.index(0).data(UsageModel::DateRole).toDate(), today.addDays(1 - days));
    QCOMPARE(model.index(days - 1).data(UsageModel::RequestsRole).toInt(), 2);
    QCOMPARE(model.index(days - 1).data(UsageModel::TokensRole).toLongLong(), 1800);
    QCOMPARE(model.totalRequests(), requests);
    QVERIFY(qAbs(model.totalCost() - cost) < 1e-9);
    QCOMPARE(model.maxCost(), days == 30 ? 1.0 : 0.5);
}

void TestAppModels::usageUpdatesTodayInPlace()
{
    const QDate today(2026, 11, 21);
    RecordUsageSource source;
    UsageModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(today);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    RequestRecord r;
    r.time = QDateTime(today, QTime(9, 0));
    r.costUsd = 0.5;
    source.add(r);
    model.refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1); // the first request brings a stack and a scale: every bar
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 6);
    r.time = QDateTime(today, QTime(10, 0));
    r.costUsd = 0.05; // same stack, same scale ($0.60): only today
    source.add(r);
    model.refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 6);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 6);
    model.refresh(); // no new data: no signal
    QCOMPARE(changed.count(), 2);
}

void TestAppModels::gatewayBridgeActivity()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    GatewayBridge bridge(&settings, dir.filePath(QStringLiteral("usage.sqlite")));
    QAbstractItemModelTester logTester(bridge.log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester usageTester(bridge.usage(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failovers(&bridge, &GatewayBridge::failoverHappened);
    QCOMPARE(bridge.port(), 18790);

    RequestRecord served;
    served.time = QDateTime::currentDateTime();
    served.requestedModel = QStringLiteral("anthropic/claude-opus-4-5");
    served.servedModel = QStringLiteral("minimax/MiniMax-M2.1");
    served.attempts = {QStringLiteral("anthropic/claude-opus-4-5: rate_limit")};
    served.costUsd = 0.25;
    bridge.recordRequest(served);
    bridge.recordRequest(served);
    QCOMPARE(bridge.requestsToday(), 2);
    QCOMPARE(bridge.costToday(), 0.5);
    QCOMPARE(bridge.lastServedModel(), QStringLiteral("minimax/MiniMax-M2.1"));
    QVERIFY(bridge.lastServedByFallback());
    QCOMPARE(bridge.log()->rowCount(), 2);
    QCOMPARE(bridge.usage()->totalRequests(), 2);

    for (int i = 0; i < 7; ++i) {
        FailoverEvent event;
        event.time = QDateTime::currentDateTime();
        event.fromModel = QStringLiteral("a/%1").arg(i);
        event.toModel = QStringLiteral("b/%1").arg(i);
        event.recovery = i == 6;
        bridge.recordFailover(event);
    }
    QCOMPARE(failovers.count(), 7);
    QCOMPARE(bridge.recentFailovers().size(), 5); // only the latest few
    QCOMPARE(bridge.recentFailovers().first().toMap().value(QStringLiteral("to")).toString(),
             QStringLiteral("b/6"));
    // Failover events name candidates to try; only an answered request changes what was served.
    QCOMPARE(bridge.lastServedModel(), QStringLiteral("minimax/MiniMax-M2.1"));
    QVERIFY(bridge.claudeCodeSnippet().contains(settings.gatewayToken()));
}

QTEST_GUILESS_MAIN(TestAppModels)
#include "tst_appmodels.moc"
