// Staff records and roster import: normalising, every kind of bad row named with its row and field, and
// all-or-nothing commits — on every configured backend.
#include <gtest/gtest.h>

#include "audit/actor.hpp"
#include "core/crypto.hpp"
#include "core/dates.hpp"
#include "core/field_errors.hpp"
#include "core/identity.hpp"
#include "domains/committees/committees.hpp"
#include "domains/org/org.hpp"
#include "domains/staff/staff.hpp"
#include "support/test_db.hpp"

using namespace zhixie;

namespace zhixie {
bool has_error_message(const std::string& code);
}

namespace {

// A well-formed ID card number for a birth date and sequence.
std::string id_card(const std::string& yyyymmdd, int seq) {
    const std::string first17 = "610830" + yyyymmdd + std::to_string(100 + seq);
    return first17 + identity::id_card_check(first17);
}

const std::string kHeader =
    "姓名,性别,出生日期,身份证号,手机号码,职级,职务,所在机构,状态,入职日期,离职日期\n";

class StaffImport : public ::testing::TestWithParam<std::string> {
  protected:
    void SetUp() override {
        db = test_support::open_test_db(GetParam());
        auto tx = db->write();
        me.committee_id =
            committees::create(tx, audit::system_actor(),
                               {"st" + crypto::random_token(6), "测试政协", "", "county", "", std::nullopt});
        org::create_body(tx, audit::system_actor(me.committee_id),
                         {me.committee_id, "办公室", "office", "1984-06-01", 0, {{"leader", "主任", 1}}, ""});
        tx.commit();
    }
    staff::Upload csv(const std::string& rows, import::Encoding enc = import::Encoding::automatic) {
        return {kHeader + rows, "roster.csv", enc};
    }
    nlohmann::json preview(const staff::Upload& u, Lang lang = Lang::zh) {
        return staff::import_roster(*db, me, actor, u, lang, false);
    }
    int64_t count() {
        auto tx = db->read();
        return tx.one("SELECT COUNT(*) AS n FROM staff WHERE committee_id = :c", {{"c", me.committee_id}})
            ->i("n");
    }
    // (row, field, code) of every error of a preview
    std::vector<std::tuple<int64_t, std::string, std::string>> errors(const nlohmann::json& result) {
        std::vector<std::tuple<int64_t, std::string, std::string>> out;
        for (const auto& row : result["rows"])
            for (const auto& e : row["errors"]) {
                EXPECT_FALSE(e["message"].get<std::string>().empty());
                EXPECT_TRUE(has_error_message(e["code"])) << e["code"];
                out.emplace_back(row["row"].get<int64_t>(), e["field"].get<std::string>(),
                                 e["code"].get<std::string>());
            }
        return out;
    }
    // the message of the first error of a row
    std::string message(const nlohmann::json& result, size_t row, size_t k = 0) {
        return result["rows"][row]["errors"][k]["message"];
    }
    std::unique_ptr<storage::Db> db;
    auth::Principal me;
    audit::Actor actor = audit::system_actor();
};

using Errors = std::vector<std::tuple<int64_t, std::string, std::string>>;

TEST_P(StaffImport, PreviewNamesEveryBadRowAndFieldAndStoresNothing) {
    const std::string a = id_card("19900101", 1), b = id_card("19910202", 2);
    auto p = preview(csv("张三丰,男,1990-01-01," + a + ",13800000001,科员,科员,办公室,在职,2015-07-01,\n" +
                         "李四,女,1991/2/2," + a + ",13800000002,,,办公室,,,\n" +  // id card repeats row 2
                         ",男,,,,,,,,,\n" +                                        // no name
                         "王五,男,,,,,,宣传部,,,\n" +                              // unknown body
                         "赵六,女,,,,,,,在职,2020-05-01,2019-01-01\n" +            // left before joining
                         "钱七,男,,1234,1380000x,,,,,,\n" +                        // bad ID card, phone
                         "孙八,未知,1990-02-30," + b + ",,,,,退休,,\n"));          // bad gender, date
    EXPECT_EQ(p["total"], 7);
    EXPECT_EQ(p["valid"], 1);
    EXPECT_EQ(p["invalid"], 6);
    EXPECT_EQ(p["committed"], false);
    EXPECT_EQ(errors(p), (Errors{{3, "id_card", "field_duplicate_in_file"},
                                 {4, "name", "field_required"},
                                 {5, "body", "field_unknown_ref"},
                                 {6, "left_on", "field_dates_out_of_order"},
                                 {7, "id_card", "field_invalid_id_card"},
                                 {7, "phone", "field_invalid_phone"},
                                 {8, "gender", "field_invalid_choice"},
                                 {8, "birth_date", "field_invalid_date"}}));
    // messages are in the user's language and name the column
    EXPECT_NE(message(p, 1).find("身份证号"), std::string::npos) << message(p, 1);
    EXPECT_NE(message(p, 1).find("第 2 行"), std::string::npos) << message(p, 1);
    EXPECT_NE(message(p, 3).find("所在机构“宣传部”不存在"), std::string::npos) << message(p, 3);
    auto en = preview(csv(",男,,,,,,,,,\n"), Lang::en);
    EXPECT_EQ(message(en, 0), "Name is required.");
    // the one good row
    EXPECT_EQ(p["rows"][0]["errors"].size(), 0u);
    EXPECT_EQ(p["rows"][0]["values"]["body"], "办公室");
    EXPECT_EQ(count(), 0);
}

TEST_P(StaffImport, DuplicatesAgainstTheCommitteeAreNamed) {
    const std::string a = id_card("19850505", 3);
    staff::Fields f;
    f.name = "已有";
    f.gender = "女";
    f.id_card = a;
    f.phone = "13900000001";
    staff::add_staff(*db, me, actor, Lang::zh, f);
    auto p = preview(csv("新人,男,,,13900000001,,,,,,\n另一人,女,," + a + ",,,,,,,\n"));
    EXPECT_EQ(errors(p), (Errors{{2, "phone", "field_duplicate"}, {3, "id_card", "field_duplicate"}}));
}

TEST_P(StaffImport, ImportIsAllOrNothing) {
    const std::string good = "张三丰,男,,,13800000011,科员,科员,办公室,,2015-07-01,\n";
    try {
        staff::import_roster(*db, me, actor, csv(good + "李四,女,,,,,,宣传部,,,\n"), Lang::zh, true);
        FAIL() << "an import with a bad row must fail";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 422);
        EXPECT_EQ(e.code(), "import_has_errors");
        EXPECT_EQ(e.details()["count"], 1);
        EXPECT_EQ(e.details()["rows"][0]["row"], 3);
    }
    EXPECT_EQ(count(), 0);
    auto out = staff::import_roster(*db, me, actor, csv(good + "李四,女,,,,,,办公室,,,\n"), Lang::zh, true);
    EXPECT_EQ(out["committed"], true);
    EXPECT_EQ(count(), 2);
    auto list = staff::list_staff(*db, me, {"zsf", std::nullopt, "", "", 1, 20});
    ASSERT_EQ(list["total"], 1);
    EXPECT_EQ(list["items"][0]["name"], "张三丰");
    EXPECT_EQ(list["items"][0]["body_name"], "办公室");
    // importing the same file again finds the phone taken
    EXPECT_THROW(staff::import_roster(*db, me, actor, csv(good), Lang::zh, true), AppError);
}

TEST_P(StaffImport, RowNumbersCountBlankLines) {
    auto p = preview(csv("张三,男,,,,,,,,,\n\n\n李四,,,,,,,,,,\n"));
    EXPECT_EQ(errors(p), (Errors{{5, "gender", "field_required"}}));
}

TEST_P(StaffImport, AGbkFileDeclaredAsUtf8IsRefusedNamingTheRow) {
    // the header is UTF-8; row 3 is "张三,男" in GBK
    const std::string bytes = "姓名,性别\n李四,女\n\xD5\xC5\xC8\xFD,\xC4\xD0\n";
    try {
        preview({bytes, "roster.csv", import::Encoding::utf8});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "import_bad_encoding");
        EXPECT_EQ(e.details()["row"], 3);
    }
    // the same content all in GBK, read as GB18030, previews fine
    const std::string gbk =
        "\xD0\xD5\xC3\xFB,\xD0\xD4\xB1\xF0\n\xD5\xC5\xC8\xFD,\xC4\xD0\n";  // 姓名,性别 / 张三,男
    auto p = preview({gbk, "roster.csv", import::Encoding::gb18030});
    EXPECT_EQ(p["valid"], 1);
    EXPECT_EQ(p["rows"][0]["name"], "张三");
}

TEST_P(StaffImport, RefusesAFileWithoutARequiredColumnOrRows) {
    try {
        preview({"姓名\n张三\n", "roster.csv", import::Encoding::automatic});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "import_missing_columns");
        EXPECT_EQ(e.details()["columns"], "性别");
    }
    EXPECT_THROW(preview(csv("")), AppError);
}

TEST_P(StaffImport, WritesCheckDatesDuplicatesAndVersions) {
    staff::Fields f;
    f.name = "王五";
    f.gender = "男";
    f.phone = "13700000001";
    f.joined_on = "2010/1/1";
    auto p = staff::add_staff(*db, me, actor, Lang::zh, f);
    EXPECT_EQ(p["joined_on"], "2010-01-01");
    const int64_t id = p["id"];
    // left before joining: every bad field at once
    staff::Fields bad;
    bad.left_on = "2009-12-31";
    bad.gender = "M";
    try {
        staff::update_staff(*db, me, actor, Lang::zh, id, p["version"], bad);
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 422);
        EXPECT_EQ(e.code(), "invalid_record");
        ASSERT_EQ(e.details()["errors"].size(), 2u);
        EXPECT_EQ(e.details()["errors"][0]["field"], "gender");
        EXPECT_EQ(e.details()["errors"][1]["field"], "left_on");
        EXPECT_EQ(e.details()["errors"][1]["code"], "field_dates_out_of_order");
    }
    // a second person may not take the phone
    staff::Fields other;
    other.name = "赵六";
    other.gender = "女";
    other.phone = "13700000001";
    try {
        staff::add_staff(*db, me, actor, Lang::zh, other);
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
        EXPECT_EQ(e.details()["field"], "phone");
    }
    // a stale version is refused
    staff::Fields rank;
    rank.rank = "副科";
    auto after = staff::update_staff(*db, me, actor, Lang::zh, id, p["version"], rank);
    EXPECT_EQ(after["version"], p["version"].get<int64_t>() + 1);
    try {
        staff::update_staff(*db, me, actor, Lang::zh, id, p["version"], rank);
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "stale_version");
    }
    // events: a promotion sets the rank, a transfer out the status and date; a secondment ends after it
    // starts
    staff::record_event(*db, me, actor, Lang::zh, {id, "promotion", "2021-01-01", "", "", "正科"});
    EXPECT_THROW(staff::record_event(*db, me, actor, Lang::zh,
                                     {id, "secondment", "2022-01-01", "2021-01-01", "驻村", ""}),
                 AppError);
    EXPECT_THROW(
        staff::record_event(*db, me, actor, Lang::zh, {id, "transfer_out", "2009-01-01", "", "", ""}),
        AppError);
    auto out =
        staff::record_event(*db, me, actor, Lang::zh, {id, "transfer_out", "2023/3/1", "", "调任", ""});
    EXPECT_EQ(out["rank"], "正科");
    EXPECT_EQ(out["status"], "调离");
    EXPECT_EQ(out["left_on"], "2023-03-01");
    EXPECT_EQ(out["events"].size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffImport, ::testing::ValuesIn(test_support::backends()));

}  // namespace

TEST(Dates, NormalisesWhatPeopleType) {
    EXPECT_EQ(dates::normalise("2024-03-07"), "2024-03-07");
    EXPECT_EQ(dates::normalise("2024/3/7"), "2024-03-07");
    EXPECT_EQ(dates::normalise("2024.03.07"), "2024-03-07");
    EXPECT_EQ(dates::normalise("2024年3月7日"), "2024-03-07");
    EXPECT_EQ(dates::normalise("20240307"), "2024-03-07");
    EXPECT_EQ(dates::normalise("45358"), "2024-03-07");  // an Excel date cell
    EXPECT_EQ(dates::normalise("2024-03-07 00:00:00"), "2024-03-07");
    EXPECT_EQ(dates::normalise("2023-02-29"), std::nullopt);
    EXPECT_EQ(dates::normalise("2024-02-29"), "2024-02-29");
    EXPECT_EQ(dates::normalise("三月"), std::nullopt);
    EXPECT_EQ(dates::normalise(""), std::nullopt);
}

TEST(Identity, ComputesTheCheckCharacterAndBirthDate) {
    EXPECT_EQ(identity::id_card_check("11010519491231002"), 'X');  // the standard's own example
    EXPECT_EQ(identity::id_card_birth_date("11010519491231002X"), "1949-12-31");
    FieldErrors e;
    const std::string first17 = "61083019900101123";
    EXPECT_TRUE(check::id_card(e, "id_card", first17 + identity::id_card_check(first17)));
    EXPECT_TRUE(e.empty());
}
