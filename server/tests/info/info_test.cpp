// Social-conditions information: the length limit counts characters (not bytes) against the committee's own
// setting; merging keeps every submitter's credit, so an adoption credits them all; points come from the
// committee's table by level, with a leader's instruction adding its bonus; the topic pipeline's steps
// belong to their own people.
#include <gtest/gtest.h>

#include "domains/consultation/consultation.hpp"
#include "domains/info/info.hpp"
#include "office/office_fixture.hpp"

using namespace zhixie;

namespace {

// The office fixture's committee with a current term and members; member(k) is signed in as a member.
struct InfoFixture : test_support::OfficeFixture {
    int64_t term = 0;
    std::vector<int64_t> members;
    std::vector<auth::Principal> member_logins;

    explicit InfoFixture(const std::string& backend) : OfficeFixture(backend) {
        auto tx = db->write();
        term = tx.insert(
            "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, 10, "
            "'第十届', "
            "'2021-12-01', 1) RETURNING id",
            {{"c", me.committee_id}});
        for (int k = 0; k < 3; ++k) {
            const std::string name =
                std::vector<std::string>{"王委员", "李委员", "张委员"}[static_cast<size_t>(k)];
            int64_t user = tx.insert(
                "INSERT INTO users (committee_id, username, display_name, password_hash, created_at, "
                "updated_at) "
                "VALUES (:c, :u, :n, 'x', 'now', 'now') RETURNING id",
                {{"c", me.committee_id}, {"u", "wy" + std::to_string(k)}, {"n", name}});
            members.push_back(
                tx.insert("INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, "
                          "name_initials, gender, "
                          "user_id, created_at, updated_at) VALUES (:c, :t, :uid, :n, :n, 'wy', '男', :u, "
                          "'now', 'now') "
                          "RETURNING id",
                          {{"c", me.committee_id},
                           {"t", term},
                           {"uid", "p" + std::to_string(k)},
                           {"n", name},
                           {"u", user}}));
            auth::Principal p;
            p.committee_id = me.committee_id;
            p.user_id = user;
            p.permissions = auth::Catalogue::get().permissions_for({"member"});
            member_logins.push_back(p);
        }
        tx.commit();
    }

    nlohmann::json submit(int k, const std::string& text) {
        return info::submit_item(*db, member_logins[static_cast<size_t>(k)], actor, Lang::zh,
                                 {"关于村道照明的建议", text, std::nullopt});
    }
    std::vector<std::string> duty(const std::string& source_type, int64_t source_id) {
        auto tx = db->read();
        std::vector<std::string> out;
        for (const auto& r :
             tx.query("SELECT member_id, kind, detail FROM duty_records WHERE source_type = :t AND "
                      "source_id = :id ORDER BY member_id",
                      {{"t", source_type}, {"id", source_id}}))
            out.push_back(std::to_string(r.i("member_id")) + " " + r.s("kind") + " " + r.s("detail"));
        return out;
    }
};

std::string chars(size_t n) {
    std::string s;
    for (size_t k = 0; k < n; ++k)
        s += "字";  // three bytes each
    return s;
}

int64_t id(const nlohmann::json& o) {
    return o["id"].get<int64_t>();
}

}  // namespace

TEST(InfoRules, LengthIsCountedInCharactersNotBytes) {
    FieldErrors e;
    info::check_length(e, "text", chars(1500), 1500);
    EXPECT_TRUE(e.empty()) << "1,500 Chinese characters (4,500 bytes) are within 1,500";
    info::check_length(e, "text", chars(1501), 1500);
    ASSERT_EQ(e.size(), 1u);
    const auto j = e.to_json(Lang::zh, info::labels());
    EXPECT_EQ(j[0]["code"], "field_too_long");
    EXPECT_EQ(j[0]["message"], "正文过长（最多 1500 字）。");
}

TEST(InfoRules, ScoringTableFallsBackToTheDefaults) {
    EXPECT_EQ(info::points_for({}, "committee"), 5);
    EXPECT_EQ(info::points_for({}, "city"), 8);
    EXPECT_EQ(info::points_for({}, "province"), 12);
    EXPECT_EQ(info::points_for({}, "national"), 20);
    EXPECT_EQ(info::points_for({}, "instruction"), 10);
    EXPECT_EQ(info::points_for({{"province", 15}}, "province"), 15);
    EXPECT_EQ(info::points_for({{"province", 15}}, "city"), 8);
    EXPECT_EQ(info::points_for({}, "unknown"), 0);
}

class InfoTest : public ::testing::TestWithParam<std::string> {};

TEST_P(InfoTest, TheCommitteeLimitAppliesAndTooLongSavesNothing) {
    InfoFixture f(GetParam());
    EXPECT_NO_THROW(f.submit(0, chars(1500)));
    EXPECT_THROW(f.submit(0, chars(1501)), AppError);
    auto s = info::get_settings(*f.db, f.me);
    info::set_settings(*f.db, f.me, f.actor, Lang::zh, {200, {}, s["version"].get<int64_t>()});
    try {
        f.submit(0, chars(201));
        FAIL() << "over the committee's limit";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 422);
        EXPECT_EQ(test_support::first_field_code(e), "field_too_long");
    }
    EXPECT_NO_THROW(f.submit(0, chars(200)));
    auto mine =
        info::list_items(*f.db, f.member_logins[0], {std::nullopt, "", std::nullopt, "", true, 1, 20});
    EXPECT_EQ(mine["total"], 2) << "the refused ones were not saved";
    EXPECT_EQ(info::list_items(*f.db, f.member_logins[1],
                               {std::nullopt, "", std::nullopt, "", true, 1, 20})["total"],
              0)
        << "another member sees none of them";
}

TEST_P(InfoTest, MergingKeepsEveryCreditAndAdoptionScoresEachByTheTable) {
    InfoFixture f(GetParam());
    const auto a = f.submit(0, "村道无灯"), b = f.submit(1, "夜间出行难"), c = f.submit(2, "路灯损坏");
    auto merged =
        info::merge_items(*f.db, f.me, f.actor, Lang::zh, {id(a), id(b), id(c)}, {"", "", std::nullopt});
    ASSERT_EQ(merged["submitters"].size(), 3u);
    for (const auto& x : {b, c})
        EXPECT_EQ(info::get_item(*f.db, f.me, id(x), false)["state"], "merged");
    // each member keeps the submission record of their own report
    for (const auto& x : {a, b, c})
        EXPECT_EQ(f.duty("info", id(x)).size(), 1u);
    // a merged-away member still reaches the item they were merged into
    EXPECT_NO_THROW(info::get_item(*f.db, f.member_logins[2], id(a), true));

    auto s = info::get_settings(*f.db, f.me);
    info::set_settings(*f.db, f.me, f.actor, Lang::zh,
                       {1500, {{"province", 15}}, s["version"].get<int64_t>()});
    const std::string today = merged["submitted_on"];
    info::adopt_item(*f.db, f.me, f.actor, Lang::zh, id(a),
                     {"committee", "信息专报第1期", today, "", std::nullopt});
    auto item =
        info::adopt_item(*f.db, f.me, f.actor, Lang::zh, id(a), {"province", "", today, "", std::nullopt});
    EXPECT_THROW(
        info::adopt_item(*f.db, f.me, f.actor, Lang::zh, id(a), {"province", "", today, "", std::nullopt}),
        AppError)
        << "each level adopts once";
    item = info::record_instruction(*f.db, f.me, f.actor, Lang::zh, id(a),
                                    {"县委书记", "local", "请研究落实", today, std::nullopt});
    EXPECT_EQ(item["score"], 5 + 15 + 10);
    const int64_t province = item["adoptions"][1]["id"];
    const auto credits = f.duty("info_adoption", province);
    ASSERT_EQ(credits.size(), 3u) << "every submitter is credited";
    for (const auto& r : credits) {
        EXPECT_NE(r.find(" info_adopted "), std::string::npos);
        EXPECT_NE(r.find("\"level\":\"province\""), std::string::npos);
        EXPECT_NE(r.find("\"points\":15"), std::string::npos);
    }
    EXPECT_EQ(f.duty("info_instruction", item["instructions"][0]["id"].get<int64_t>()).size(), 3u);
    // a stale edit is refused
    EXPECT_THROW(
        info::edit_item(*f.db, f.me, f.actor, Lang::zh, id(a), 1, {"新标题", "新正文", std::nullopt}),
        AppError);
}

TEST_P(InfoTest, AMemberCannotSubmitForAnother) {
    InfoFixture f(GetParam());
    try {
        info::submit_item(*f.db, f.member_logins[0], f.actor, Lang::zh, {"标题", "正文", f.members[1]});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 403);
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, InfoTest, ::testing::ValuesIn(test_support::backends()));
