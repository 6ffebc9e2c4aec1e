// UsageModel as the Usage page shows it: bars stacked by model or provider, a value axis with
// round steps, a $0 day drawn as nothing, small costs never shown as $0.00, money, numbers and
// plural forms in the UI language, tooltip dates that match the axis, and the breakdown table.
#include "usagemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;

class TestUsageModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
    void stacksByModelAndProvider();
    void zeroDayIsNoBarAndAxisIsRound();
    void formatCost_data();
    void formatCost();
    void tooltipDateMatchesAxis();
    void breakdownTable();
    void seedsFromTheDatabaseRows();
    void languageSwitchReformats();
};

namespace {
const QDate Today(2026, 11, 21);

void record(RecordUsageSource &source, QDate day, const QString &model, double cost, qint64 tokens)
{
    RequestRecord r;
    r.time = QDateTime(day, QTime(12, 0));
    r.servedModel = model;
    r.provider = model.section(QLatin1Char('/'), 0, 0);
    r.costUsd = cost;
    r.inputTokens = tokens;
    source.add(r);
}

double at(const QVariantList &values, int i)
{
    return values.at(i).toDouble();
}
} // namespace

void TestUsageModel::stacksByModelAndProvider()
{
    RecordUsageSource source;
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 2.0, 1000);
    record(source, Today, QStringLiteral("anthropic/claude-sonnet-4-5"), 0.5, 4000);
    record(source, Today, QStringLiteral("minimax/MiniMax-M2.1"), 1.0, 3000);
    UsageModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(Today);
    QCOMPARE(model.series(),
             (QStringList{QStringLiteral("anthropic/claude-opus-4-5"), QStringLiteral("minimax/MiniMax-M2.1"),
                          QStringLiteral("anthropic/claude-sonnet-4-5")}));
    QVariantList values = model.index(6).data(UsageModel::ValuesRole).toList();
    QCOMPARE(at(values, 0), 2.0);
    QCOMPARE(at(values, 1), 1.0);
    QCOMPARE(at(values, 2), 0.5);
    QCOMPARE(model.index(6).data(UsageModel::TotalRole).toDouble(), 3.5);
    // A model that cost nothing (a failed request) gets no stack of its own.
    record(source, Today, QStringLiteral("opus"), 0, 0);
    model.refresh();
    QCOMPARE(model.series().size(), 3);

    model.setGroupBy(UsageModel::GroupBy::Provider);
    model.setMeasure(UsageModel::Measure::Tokens);
    QCOMPARE(model.series(), (QStringList{QStringLiteral("anthropic"), QStringLiteral("minimax")}));
    values = model.index(6).data(UsageModel::ValuesRole).toList();
    QCOMPARE(at(values, 0), 5000.0);
    QCOMPARE(at(values, 1), 3000.0);

    // More than five stacks: the smallest share one "Other" stack.
    for (int i = 0; i < 6; ++i)
        record(source, Today.addDays(-1), QStringLiteral("local/m%1").arg(i), 0.1 * (i + 1), 0);
    model.setGroupBy(UsageModel::GroupBy::Model);
    model.setMeasure(UsageModel::Measure::Cost);
    model.refresh();
    QCOMPARE(model.series().size(), 6);
    QCOMPARE(model.series().last(), QStringLiteral("Other"));
    values = model.index(5).data(UsageModel::ValuesRole).toList();
    double sum = 0;
    for (const QVariant &v : values)
        sum += v.toDouble();
    QVERIFY(qAbs(sum - model.index(5).data(UsageModel::CostRole).toDouble()) < 1e-9);
}

void TestUsageModel::zeroDayIsNoBarAndAxisIsRound()
{
    RecordUsageSource source;
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 5.37, 1000);
    UsageModel model(&source);
    model.setToday(Today);
    // Yesterday cost nothing: no value in any stack (the old chart drew it full height).
    const QVariantList yesterday = model.index(5).data(UsageModel::ValuesRole).toList();
    QCOMPARE(at(yesterday, 0), 0.0);
    QCOMPARE(model.index(5).data(UsageModel::TotalRole).toDouble(), 0.0);
    // 5.37 / 4 steps -> steps of $2 up to $6.
    QCOMPARE(model.axisMax(), 6.0);
    const QVariantList ticks = model.ticks();
    QCOMPARE(ticks.size(), 4);
    QCOMPARE(ticks.first().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("$0"));
    QCOMPARE(ticks.last().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("$6"));

    model.setMeasure(UsageModel::Measure::Tokens);
    QCOMPARE(model.axisMax(), 1000.0);
    QCOMPARE(model.ticks().size(), 5); // steps of 250
    QCOMPARE(model.ticks().last().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("1,000"));
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 0, 1'999'000);
    model.refresh();
    QCOMPARE(model.ticks().last().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("2M"));
}

void TestUsageModel::formatCost_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << "en_US" << 0.0 << "$0.00";
    QTest::addRow("tiny") << "en_US" << 0.0004 << "<$0.01";
    QTest::addRow("cent") << "en_US" << 0.012 << "$0.01";
    QTest::addRow("dollars") << "en_US" << 1234.5 << "$1,234.50";
    QTest::addRow("dutch") << "nl_NL" << 5.37 << QString::fromUtf8("$\u00a05,37");
    QTest::addRow("russian") << "ru_RU" << 5.37 << QString::fromUtf8("5,37\u00a0$");
}

void TestUsageModel::formatCost()
{
    QFETCH(QString, locale);
    QFETCH(double, usd);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(UsageModel::formatCost(usd), expected);
}

void TestUsageModel::tooltipDateMatchesAxis()
{
    RecordUsageSource source;
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 0.004, 1234);
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 0.0, 0);
    UsageModel model(&source);
    model.setToday(Today);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString label = model.index(row).data(UsageModel::LabelRole).toString();
        const QString tooltip = model.index(row).data(UsageModel::TooltipRole).toString();
        QVERIFY2(tooltip.section(QLatin1Char('\n'), 0, 0).endsWith(label), qPrintable(tooltip));
    }
    QCOMPARE(model.index(6).data(UsageModel::LabelRole).toString(), QStringLiteral("21 Nov"));
    QCOMPARE(model.index(6).data(UsageModel::TooltipRole).toString(),
             QStringLiteral(
                 "Sat 21 Nov\n<$0.01 · 1,234 tokens · 2 request(s)\nanthropic/claude-opus-4-5: <$0.01"));
    QCOMPARE(model.index(5).data(UsageModel::TooltipRole).toString(),
             QStringLiteral("Fri 20 Nov\nNo requests"));
}

void TestUsageModel::breakdownTable()
{
    RecordUsageSource source;
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 3.0, 1000);
    record(source, Today.addDays(-2), QStringLiteral("anthropic/claude-opus-4-5"), 1.0, 1000);
    record(source, Today, QStringLiteral("minimax/MiniMax-M2.1"), 0.001, 20000);
    UsageModel model(&source);
    model.setToday(Today);
    QVariantList rows = model.breakdown();
    QCOMPARE(rows.size(), 2);
    QVariantMap first = rows.first().toMap();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("anthropic/claude-opus-4-5"));
    QCOMPARE(first.value(QStringLiteral("requests")).toString(), QStringLiteral("2"));
    QCOMPARE(first.value(QStringLiteral("tokens")).toString(), QStringLiteral("2,000"));
    QCOMPARE(first.value(QStringLiteral("cost")).toString(), QStringLiteral("$4.00"));
    QCOMPARE(first.value(QStringLiteral("shareText")).toString(), QStringLiteral("100%"));
    QCOMPARE(rows.last().toMap().value(QStringLiteral("cost")).toString(), QStringLiteral("<$0.01"));
    QCOMPARE(model.summary(), QStringLiteral("$4.00 · 22,000 tokens · 3 request(s)"));

    model.setGroupBy(UsageModel::GroupBy::Provider);
    model.setMeasure(UsageModel::Measure::Tokens);
    rows = model.breakdown();
    QCOMPARE(rows.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("minimax"));
    QCOMPARE(rows.first().toMap().value(QStringLiteral("shareText")).toString(), QStringLiteral("91%"));
}

void TestUsageModel::seedsFromTheDatabaseRows()
{
    UsageTotals a;
    a.day = Today.addDays(-40);
    a.key = QStringLiteral("anthropic/claude-opus-4-5");
    a.provider = QStringLiteral("anthropic");
    a.requests = 3;
    a.costUsd = 1.5;
    UsageTotals b = a;
    b.key = QStringLiteral("minimax/MiniMax-M2.1");
    b.provider = QStringLiteral("minimax");
    b.requests = 1;
    b.costUsd = 0.5;
    RecordUsageSource source;
    source.seed({a, b});
    UsageModel model(&source);
    model.setToday(Today);
    model.setDays(90);
    QCOMPARE(model.rowCount(), 90);
    QCOMPARE(model.totalRequests(), 4);
    QCOMPARE(model.totalCost(), 2.0);
    QCOMPARE(model.series().size(), 2);
    model.setDays(30);
    QCOMPARE(model.totalRequests(), 0);
}

void TestUsageModel::languageSwitchReformats()
{
    RecordUsageSource source;
    record(source, Today, QStringLiteral("anthropic/claude-opus-4-5"), 5.37, 12345);
    UsageModel model(&source);
    model.setToday(Today);
    QCOMPARE(model.summary(), QStringLiteral("$5.37 · 12,345 tokens · 1 request(s)"));
    QSignalSpy totals(&model, &UsageModel::totalsChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QLocale::setDefault(QLocale(QStringLiteral("nl_NL")));
    QEvent change(QEvent::LanguageChange); // what installing a translator sends
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(reset.count(), 1);
    QVERIFY2(model.summary().startsWith(QString::fromUtf8("$\u00a05,37 · 12.345 ")),
             qPrintable(model.summary()));
    QCOMPARE(model.index(6).data(UsageModel::LabelRole).toString(), QStringLiteral("21 nov."));
}

QTEST_GUILESS_MAIN(TestUsageModel)
#include "tst_usagemodel.moc"
