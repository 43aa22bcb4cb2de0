// IdNumber (GB 11643-1999) and the age rules built on it (ageOn, SpecialGroup).
// Check characters used below were computed independently of the code under
// test (ISO 7064 MOD 11-2 by hand / a separate script).

#include "domain/idnumber.h"
#include "domain/localtoday.h"
#include "domain/specialgroup.h"

#include <QtTest>

using namespace certdesk;

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void rulesExampleValid();
    void rulesExampleWrongCheck();
    void validNumbers_data();
    void validNumbers();
    void rejections_data();
    void rejections();
    void reasonTextMatchesSourceWithoutTranslator();
    void checkCharacterFor_data();
    void checkCharacterFor();
    void mask_data();
    void mask();
    void ageOn_data();
    void ageOn();
    void specialGroupMembership_data();
    void specialGroupMembership();
    void specialGroupReasons();
    void latestBirthForAgeAgreesWithAgeOn();
    void localTodayFollowsTheZone();
};

static const QDate Today(2026, 11, 23);

// RULES.md §7: "any | ID number 11010519491231002X | today 2026-11-23 |
// valid, female, born 1949-12-31, aged 76"
void TestIdNumber::rulesExampleValid()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002X"), Today);
    QVERIFY(id.isValid());
    QCOMPARE(id.error(), IdNumber::Error::None);
    QCOMPARE(id.errorKey(), QString());
    QCOMPARE(id.reason(), QString());
    QCOMPARE(id.canonical(), QStringLiteral("11010519491231002X"));
    QCOMPARE(id.sex(), IdNumber::Sex::Female);
    QCOMPARE(id.birthDate(), QDate(1949, 12, 31));
    QCOMPARE(id.ageOn(Today), 76);
    QCOMPARE(id.masked(), QStringLiteral("110105********002X"));
}

// RULES.md §7: "any | ID number 110105194912310021 | — | rejected: wrong check
// character (expected X)"
void TestIdNumber::rulesExampleWrongCheck()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("110105194912310021"), Today);
    QVERIFY(!id.isValid());
    QCOMPARE(id.error(), IdNumber::Error::CheckCharacter);
    QCOMPARE(id.errorKey(), QStringLiteral("check-character"));
    QCOMPARE(id.expectedCheck(), QLatin1Char('X'));
    QCOMPARE(id.reason(), QStringLiteral("wrong check character (expected X)"));
    QVERIFY(id.canonical().isEmpty());
}

void TestIdNumber::validNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("male");

    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x")
                                  << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31)
                                  << false;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  11010519491231002X \t") << QStringLiteral("11010519491231002X")
        << QDate(1949, 12, 31) << false;
    QTest::newRow("male, digit check")
        << QStringLiteral("370211196012155677") << QStringLiteral("370211196012155677")
        << QDate(1960, 12, 15) << true;
    QTest::newRow("born 29 Feb 1948 (leap), male")
        << QStringLiteral("370202194802290018") << QStringLiteral("370202194802290018")
        << QDate(1948, 2, 29) << true;
    QTest::newRow("born 29 Feb 1948 (leap), female")
        << QStringLiteral("370202194802290026") << QStringLiteral("370202194802290026")
        << QDate(1948, 2, 29) << false;
    QTest::newRow("born 2000-01-01, Shenzhen")
        << QStringLiteral("440304200001010519") << QStringLiteral("440304200001010519")
        << QDate(2000, 1, 1) << true;
    QTest::newRow("born today") << QStringLiteral("110105202611230015")
                                << QStringLiteral("110105202611230015") << Today << true;
}

void TestIdNumber::validNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QDate, birth);
    QFETCH(bool, male);

    const IdNumber id = IdNumber::parse(input, Today);
    QVERIFY2(id.isValid(), qPrintable(id.reason()));
    QCOMPARE(id.canonical(), canonical);
    QCOMPARE(id.birthDate(), birth);
    QCOMPARE(id.sex(), male ? IdNumber::Sex::Male : IdNumber::Sex::Female);
}

void TestIdNumber::rejections_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdNumber::Error>("error");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << IdNumber::Error::Empty << QStringLiteral("empty")
                           << QStringLiteral("ID number is empty");
    QTest::newRow("only spaces") << QStringLiteral("   ") << IdNumber::Error::Empty
                                 << QStringLiteral("empty") << QStringLiteral("ID number is empty");
    QTest::newRow("too short") << QStringLiteral("1101051949") << IdNumber::Error::Length
                               << QStringLiteral("length")
                               << QStringLiteral("must be 18 characters, got 10");
    // Issue 15 point 5: a valid first-generation number is offered as its 18-digit
    // form (GB 11643), still not taken without the user's confirmation.
    QTest::newRow("15-digit old format")
        << QStringLiteral("110105491231002") << IdNumber::Error::FirstGeneration
        << QStringLiteral("first-generation")
        << QStringLiteral("15-digit first-generation number; its 18-digit form is "
                          "11010519491231002X");
    QTest::newRow("too long") << QStringLiteral("11010519491231002X1") << IdNumber::Error::Length
                              << QStringLiteral("length")
                              << QStringLiteral("must be 18 characters, got 19");
    QTest::newRow("letter inside")
        << QStringLiteral("11010519491231A02X") << IdNumber::Error::Characters
        << QStringLiteral("characters") << QStringLiteral("character 15 is not a digit");
    QTest::newRow("first character")
        << QStringLiteral("A1010519491231002X") << IdNumber::Error::Characters
        << QStringLiteral("characters") << QStringLiteral("character 1 is not a digit");
    QTest::newRow("X not last")
        << QStringLiteral("1101X5194912310021") << IdNumber::Error::Characters
        << QStringLiteral("characters")
        << QStringLiteral("character 5 is not a digit (X is only allowed as the last character)");
    QTest::newRow("bad last character")
        << QStringLiteral("11010519491231002Y") << IdNumber::Error::Characters
        << QStringLiteral("characters") << QStringLiteral("character 18 is not a digit or X");
    // A full-width digit (Chinese input method) is read as the digit: this number's
    // last character is then simply wrong.
    QTest::newRow("full-width digit")
        << QStringLiteral("11010519491231002\uFF10") << IdNumber::Error::CheckCharacter
        << QStringLiteral("check-character")
        << QStringLiteral("wrong check character (expected X)");
    QTest::newRow("area code starts with 0")
        << QStringLiteral("010105194912310023") << IdNumber::Error::AreaCode
        << QStringLiteral("area-code") << QStringLiteral("area code 010105 is not valid");
    QTest::newRow("area code starts with 9")
        << QStringLiteral("910105194912310023") << IdNumber::Error::AreaCode
        << QStringLiteral("area-code") << QStringLiteral("area code 910105 is not valid");
    QTest::newRow("30 February") << QStringLiteral("110105194902300023")
                                 << IdNumber::Error::BirthDate << QStringLiteral("birth-date")
                                 << QStringLiteral("birth date 19490230 is not a valid date");
    QTest::newRow("29 Feb in a common year")
        << QStringLiteral("110105194902290023") << IdNumber::Error::BirthDate
        << QStringLiteral("birth-date")
        << QStringLiteral("birth date 19490229 is not a valid date");
    QTest::newRow("month 13") << QStringLiteral("110105194913010023") << IdNumber::Error::BirthDate
                              << QStringLiteral("birth-date")
                              << QStringLiteral("birth date 19491301 is not a valid date");
    QTest::newRow("in the future")
        << QStringLiteral("110105202611240023") << IdNumber::Error::BirthDate
        << QStringLiteral("birth-date") << QStringLiteral("birth date 20261124 is in the future");
    QTest::newRow("before 1900") << QStringLiteral("110105189912310023")
                                 << IdNumber::Error::BirthDate << QStringLiteral("birth-date")
                                 << QStringLiteral("birth date 18991231 is before 1900");
    QTest::newRow("wrong digit check")
        << QStringLiteral("370211196012155670") << IdNumber::Error::CheckCharacter
        << QStringLiteral("check-character")
        << QStringLiteral("wrong check character (expected 7)");
    QTest::newRow("X where a digit belongs")
        << QStringLiteral("37021119601215567X") << IdNumber::Error::CheckCharacter
        << QStringLiteral("check-character")
        << QStringLiteral("wrong check character (expected 7)");
}

void TestIdNumber::rejections()
{
    QFETCH(QString, input);
    QFETCH(IdNumber::Error, error);
    QFETCH(QString, key);
    QFETCH(QString, reason);

    const IdNumber id = IdNumber::parse(input, Today);
    QVERIFY(!id.isValid());
    QCOMPARE(id.error(), error);
    QCOMPARE(id.errorKey(), key);
    QCOMPARE(id.reason(), reason);
    QVERIFY(!id.birthDate().isValid());
    QCOMPARE(id.ageOn(Today), -1);
}

void TestIdNumber::reasonTextMatchesSourceWithoutTranslator()
{
    // No translator is installed, so the tr() text is the English source.
    const IdNumber id = IdNumber::parse(QStringLiteral("1234"), Today);
    QCOMPARE(id.reasonText(), QStringLiteral("must be 18 characters, got 4"));
    QCOMPARE(id.reasonText(), id.reason());
}

void TestIdNumber::checkCharacterFor_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");

    QTest::newRow("public example") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("digit check 7") << QStringLiteral("37021119601215567") << QChar(u'7');
    QTest::newRow("Shenzhen") << QStringLiteral("44030420000101051") << QChar(u'9');
    QTest::newRow("Urumqi") << QStringLiteral("65010219440925003") << QChar(u'8');
    QTest::newRow("too short") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("not digits") << QStringLiteral("1101051949123100A") << QChar();
}

void TestIdNumber::checkCharacterFor()
{
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(IdNumber::checkCharacterFor(first17), check);
}

void TestIdNumber::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("brief example")
        << QStringLiteral("37020219900101123X") << QStringLiteral("370202********123X");
    QTest::newRow("digit check") << QStringLiteral("370211196012155677")
                                 << QStringLiteral("370211********5677");
    QTest::newRow("too short to keep anything")
        << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(IdNumber::mask(input), masked);
}

void TestIdNumber::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("age");

    QTest::newRow("day before birthday") << QDate(1949, 12, 31) << QDate(2026, 12, 30) << 76;
    QTest::newRow("on birthday") << QDate(1949, 12, 31) << QDate(2026, 12, 31) << 77;
    QTest::newRow("day of birth") << QDate(2000, 1, 1) << QDate(2000, 1, 1) << 0;
    QTest::newRow("29 Feb, common year, 27 Feb") << QDate(2008, 2, 29) << QDate(2025, 2, 27) << 16;
    QTest::newRow("29 Feb, common year, 28 Feb") << QDate(2008, 2, 29) << QDate(2025, 2, 28) << 17;
    QTest::newRow("29 Feb, leap year, 28 Feb") << QDate(2008, 2, 29) << QDate(2024, 2, 28) << 15;
    QTest::newRow("29 Feb, leap year, 29 Feb") << QDate(2008, 2, 29) << QDate(2024, 2, 29) << 16;
    QTest::newRow("before birth") << QDate(2000, 1, 2) << QDate(2000, 1, 1) << -1;
    QTest::newRow("invalid birth") << QDate() << Today << -1;
}

void TestIdNumber::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, day);
    QFETCH(int, age);
    QCOMPARE(::ageOn(birth, day), age);
}

void TestIdNumber::specialGroupMembership_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("member");

    QTest::newRow("80th birthday today") << QDate(1946, 11, 23) << 0 << true;
    QTest::newRow("80 tomorrow") << QDate(1946, 11, 24) << 0 << false;
    QTest::newRow("82, Urumqi example") << QDate(1944, 9, 25) << 0 << true;
    QTest::newRow("young, disabled") << QDate(1970, 1, 1) << int(SpecialGroup::Disabled) << true;
    QTest::newRow("young, living alone")
        << QDate(1970, 1, 1) << int(SpecialGroup::LivingAlone) << true;
    QTest::newRow("young, no flags") << QDate(1970, 1, 1) << 0 << false;
}

void TestIdNumber::specialGroupMembership()
{
    QFETCH(QDate, birth);
    QFETCH(int, flags);
    QFETCH(bool, member);
    QCOMPARE(SpecialGroup::isMember(birth, flags, Today), member);
}

void TestIdNumber::specialGroupReasons()
{
    QCOMPARE(SpecialGroup::reasons(QDate(1944, 9, 25),
                                   SpecialGroup::Ill | SpecialGroup::MentalIllness, Today),
             (QStringList{QStringLiteral("Aged 80+"), QStringLiteral("Ill"),
                          QStringLiteral("Mental illness")}));
    QCOMPARE(SpecialGroup::reasons(QDate(1970, 1, 1),
                                   SpecialGroup::Disabled | SpecialGroup::LivingAlone, Today),
             (QStringList{QStringLiteral("Disabled"), QStringLiteral("Living alone")}));
    QVERIFY(SpecialGroup::reasons(QDate(1970, 1, 1), 0, Today).isEmpty());
}

// The SQL side selects "birth <= latestBirthForAge(today)"; it must agree with
// ageOn() on every day, including 28 Feb / 29 Feb.
void TestIdNumber::latestBirthForAgeAgreesWithAgeOn()
{
    QCOMPARE(SpecialGroup::latestBirthForAge(Today), QDate(1946, 11, 23));
    QCOMPARE(SpecialGroup::latestBirthForAge(QDate(2025, 2, 28), 1), QDate(2024, 2, 29));
    QCOMPARE(SpecialGroup::latestBirthForAge(QDate(2024, 2, 29), 1), QDate(2023, 2, 28));
    for (int age : {1, 2, 3, 80}) {
        for (QDate today(2023, 1, 1); today <= QDate(2025, 12, 31); today = today.addDays(1)) {
            const QDate latest = SpecialGroup::latestBirthForAge(today, age);
            const QByteArray where =
                today.toString(Qt::ISODate).toLatin1() + " age " + QByteArray::number(age);
            QVERIFY2(::ageOn(latest, today) >= age, where.constData());
            QVERIFY2(::ageOn(latest.addDays(1), today) < age, where.constData());
        }
    }
}

// parse(text) takes today from localToday(), cached so that glibc does not
// read the zone file per call (issue 19 point 1): it is the local date, and a
// zone changed under the running program is followed within a second.
// Pago Pago (UTC-11) and Kiritimati (UTC+14) never share a date.
void TestIdNumber::localTodayFollowsTheZone()
{
    for (const char *zone : {"Pacific/Pago_Pago", "Pacific/Kiritimati"}) {
        if (!QFile::exists(QStringLiteral("/usr/share/zoneinfo/") + QLatin1String(zone)))
            QSKIP("the tzdata zone files are not installed");
    }
    const QByteArray before = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    auto restore = qScopeGuard([&] {
        if (hadZone)
            qputenv("TZ", before);
        else
            qunsetenv("TZ");
    });
    qputenv("TZ", "Pacific/Pago_Pago");
    QTest::qWait(1100);
    const QDate west = localToday();
    QCOMPARE(west, QDate::currentDate());
    qputenv("TZ", "Pacific/Kiritimati");
    QTest::qWait(1100);
    const QDate east = localToday();
    QCOMPARE(east, QDate::currentDate());
    QVERIFY(east > west);
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
