// ID numbers as people type or paste them (issue 15 found 10, point 5): one
// normaliser in models/domain (IdNumber::normalizeInput, used by IdNumber::parse)
// for the window, the CLI, imports and the server. GB 11643-1999 for the
// 15 -> 18 conversion. The check characters were computed by hand (ISO 7064 MOD 11-2).

#include "domain/idnumber.h"

#include <QtTest>

using namespace certdesk;

class TestIdInput : public QObject
{
    Q_OBJECT

private slots:
    void acceptedAsTyped_data();
    void acceptedAsTyped();
    void scientificNotationIsRefused_data();
    void scientificNotationIsRefused();
    void firstGenerationOffersEighteenDigits();
    void firstGenerationWithBadDateKeepsExactReason();
    void badNumbersStillGetTheExactReason_data();
    void badNumbersStillGetTheExactReason();
};

static const QDate Today(2026, 11, 23);
static const QString Canonical = QStringLiteral("11010519491231002X");

void TestIdInput::acceptedAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("canonical") << Canonical;
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x");
    // A Chinese input method in full-width mode types these.
    QTest::newRow("full-width digits and X")
        << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ");
    QTest::newRow("full-width lower x") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ");
    QTest::newRow("groups with spaces") << QStringLiteral("110105 19491231 002X");
    QTest::newRow("groups with dashes") << QStringLiteral("110105-19491231-002X");
    QTest::newRow("ideographic spaces") << QStringLiteral("110105\u300019491231\u3000002X");
    // A copied spreadsheet cell: a no-break space, a zero-width space, a BOM.
    QTest::newRow("nbsp from a cell") << QStringLiteral("\u00A011010519491231002X\u00A0");
    QTest::newRow("zero-width") << QStringLiteral("1101051949\u200B1231002X\uFEFF");
    QTest::newRow("leading apostrophe (text cell)") << QStringLiteral("'11010519491231002X");
    QTest::newRow("leading curly apostrophe") << QStringLiteral("\u201911010519491231002X");
    QTest::newRow("tab and newline around") << QStringLiteral("\t11010519491231002X\r\n");
}

void TestIdInput::acceptedAsTyped()
{
    QFETCH(QString, typed);
    QCOMPARE(IdNumber::normalizeInput(typed), Canonical);
    const IdNumber id = IdNumber::parse(typed, Today);
    QVERIFY2(id.isValid(), qPrintable(id.reason()));
    QCOMPARE(id.canonical(), Canonical); // stored canonical: 18 characters, upper-case X
}

void TestIdInput::scientificNotationIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("excel general cell") << QStringLiteral("1.10105E+17");
    QTest::newRow("lower e") << QStringLiteral("1.10105e+17");
    QTest::newRow("no plus") << QStringLiteral("1.10105194912E17");
    QTest::newRow("comma decimal") << QStringLiteral("1,10105E+17");
    QTest::newRow("with spaces") << QStringLiteral(" 1.10105E+17 ");
}

void TestIdInput::scientificNotationIsRefused()
{
    QFETCH(QString, typed);
    QVERIFY(IdNumber::looksLikeScientificNotation(typed));
    const IdNumber id = IdNumber::parse(typed, Today);
    QVERIFY(!id.isValid());
    QCOMPARE(id.error(), IdNumber::Error::ScientificNotation);
    QCOMPARE(id.errorKey(), QStringLiteral("scientific-notation"));
    // The reason names what happened and what to do; never "must be 18 characters".
    QVERIFY2(id.reason().contains(QLatin1String("scientific notation")), qPrintable(id.reason()));
    QVERIFY2(id.reason().contains(typed.trimmed()), qPrintable(id.reason()));
}

void TestIdInput::firstGenerationOffersEighteenDigits()
{
    // GB 11643-1999: 110105 491231 002 -> 110105 19 491231 002 + check X.
    QCOMPARE(IdNumber::eighteenDigitForm(u"110105491231002"), Canonical);
    QCOMPARE(IdNumber::eighteenDigitForm(u"11010549123100"), QString()); // 14 digits
    for (const QString &typed :
         {QStringLiteral("110105491231002"), QStringLiteral("１１０１０５４９１２３１００２"),
          QStringLiteral("110105 491231 002")}) {
        const IdNumber id = IdNumber::parse(typed, Today);
        QVERIFY(!id.isValid()); // never silently accepted: the user confirms the 18-digit form
        QCOMPARE(id.error(), IdNumber::Error::FirstGeneration);
        QCOMPARE(id.errorKey(), QStringLiteral("first-generation"));
        QCOMPARE(id.eighteenDigitForm(), Canonical);
        QVERIFY2(id.reason().contains(Canonical), qPrintable(id.reason()));
        // Confirmed: the 18-digit form is a valid number of the same person.
        const IdNumber confirmed = IdNumber::parse(id.eighteenDigitForm(), Today);
        QVERIFY(confirmed.isValid());
        QCOMPARE(confirmed.birthDate(), QDate(1949, 12, 31));
        QCOMPARE(confirmed.sex(), IdNumber::Sex::Female);
    }
}

void TestIdInput::firstGenerationWithBadDateKeepsExactReason()
{
    const IdNumber badDate = IdNumber::parse(QStringLiteral("110105491331002"), Today);
    QCOMPARE(badDate.error(), IdNumber::Error::BirthDate);
    QCOMPARE(badDate.reason(), QStringLiteral("birth date 19491331 is not a valid date"));
    QVERIFY(badDate.eighteenDigitForm().isEmpty());
    const IdNumber badArea = IdNumber::parse(QStringLiteral("010105491231002"), Today);
    QCOMPARE(badArea.error(), IdNumber::Error::AreaCode);
}

void TestIdInput::badNumbersStillGetTheExactReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong check, full-width")
        << QStringLiteral("１１０１０５１９４９１２３１００２１")
        << QStringLiteral("wrong check character (expected X)");
    QTest::newRow("17 digits with spaces")
        << QStringLiteral("110105 19491231 002") << QStringLiteral("must be 18 characters, got 17");
    QTest::newRow("apostrophe inside")
        << QStringLiteral("1101051949'1231002X") << QStringLiteral("must be 18 characters, got 19");
    QTest::newRow("letter O for zero")
        << QStringLiteral("11O10519491231002X") << QStringLiteral("character 3 is not a digit");
    QTest::newRow("only spaces") << QStringLiteral(" \u00A0 ")
                                 << QStringLiteral("ID number is empty");
}

void TestIdInput::badNumbersStillGetTheExactReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const IdNumber id = IdNumber::parse(typed, Today);
    QVERIFY(!id.isValid());
    QCOMPARE(id.reason(), reason);
}

QTEST_GUILESS_MAIN(TestIdInput)
#include "tst_idinput.moc"
