#include "benchreport.h"

#include <QTest>

using namespace clawdesk;

/// @brief percentile(), the markdown table's ratios and the issue-target verdicts.
class TestBenchReport : public QObject
{
    Q_OBJECT

private slots:
    void percentile_data();
    void percentile();
    void ratiosAgainstDirectAndNginx();
    void verdicts_data();
    void verdicts();
};

void TestBenchReport::percentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::addRow("empty") << QList<double>{} << 0.5 << -1.0;
    QTest::addRow("one") << QList<double>{7} << 0.99 << 7.0;
    QTest::addRow("median of 4 (lower)") << QList<double>{4, 1, 3, 2} << 0.5 << 2.0;
    QTest::addRow("p99 of 100") << [] {
        QList<double> v;
        for (int i = 100; i >= 1; --i)
            v.append(i);
        return v;
    }() << 0.99 << 99.0;
    QTest::addRow("p100") << QList<double>{5, 9, 1} << 1.0 << 9.0;
}

void TestBenchReport::percentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    std::vector<double> v(values.begin(), values.end());
    QTEST(clawdesk::percentile(v, p), "expected");
}

BenchRow row(const QString &scenario, const QString &target, double rps, double p50, double p99,
             qint64 errors = 0, double p999 = -1)
{
    BenchRow r;
    r.scenario = scenario;
    r.target = target;
    r.rps = rps;
    r.p50 = p50;
    r.p99 = p99;
    r.p999 = p999;
    r.errors = errors;
    return r;
}

void TestBenchReport::ratiosAgainstDirectAndNginx()
{
    const QList<BenchRow> rows = {row("closed 8 conn", "direct", 40000, 0.1, 0.4),
                                  row("closed 8 conn", "nginx", 20000, 0.2, 0.5),
                                  row("closed 8 conn", "clawdesk", 5000, 1.1, 2.4)};
    const QString table = markdownReport(rows, {{"clawdesk", 30 * 1024, 40 * 1024, 1.5}});
    // added p50 / p99 vs direct, req/s ÷ direct, ÷ nginx, p99 ÷ nginx
    QVERIFY2(table.contains(
                 "| closed 8 conn | clawdesk | 5000 | 1.100 | 2.400 | – | +1.000 | +2.000 | 0.13 | 0.25 | "
                 "4.80 | 0 |"),
             qPrintable(table));
    QVERIFY(table.contains("| closed 8 conn | direct | 40000 | 0.100 | 0.400 | – | – | – | 1.00 | 2.00 |"));
    QVERIFY(table.contains("| clawdesk | 30.0 | 40.0 | 1.50 |"));
}

void TestBenchReport::verdicts_data()
{
    QTest::addColumn<double>("openP99");
    QTest::addColumn<double>("bestRps");
    QTest::addColumn<qint64>("idleKb");
    QTest::addColumn<qint64>("errors");
    QTest::addColumn<int>("notMet");
    QTest::addRow("all met") << 0.9 << 6000.0 << qint64(30 * 1024) << qint64(0) << 0;
    QTest::addRow("latency") << 1.6 << 6000.0 << qint64(30 * 1024) << qint64(0) << 1;
    QTest::addRow("throughput and memory") << 0.5 << 4999.0 << qint64(61 * 1024) << qint64(0) << 2;
    QTest::addRow("everything") << 3.0 << 100.0 << qint64(70 * 1024) << qint64(3) << 4;
}

void TestBenchReport::verdicts()
{
    QFETCH(double, openP99);
    QFETCH(double, bestRps);
    QFETCH(qint64, idleKb);
    QFETCH(qint64, errors);
    const QList<BenchRow> rows = {row("open 1000 req/s", "direct", 1000, 0.1, 0.5, 0, 0.9),
                                  row("open 1000 req/s", "clawdesk", 1000, 0.3, 0.5 + openP99, errors, 2.0),
                                  row("closed 8 conn", "clawdesk", bestRps, 1, 2),
                                  row("closed 8 conn", "nginx", 90000, 1, 2)};
    const QString verdicts = targetVerdicts(rows, "clawdesk", idleKb);
    QCOMPARE(verdicts.count(QStringLiteral("\n- ")) + 1, 4);
    QTEST(int(verdicts.count(QStringLiteral("NOT met"))), "notMet");
    QVERIFY(verdicts.contains(QStringLiteral("best %1 req/s (closed 8 conn)").arg(bestRps, 0, 'f', 0)));
}

QTEST_GUILESS_MAIN(TestBenchReport)
#include "tst_benchreport.moc"
