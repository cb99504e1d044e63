// Duty scoring: caps, joint-proposal splits, the absence penalty, grade bands, the five ones, validation of
// the rules, and (on both databases) scores that follow the records and the rules.
#include <gtest/gtest.h>

#include "audit/audit_log.hpp"
#include "domains/committees/committees.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/scoring.hpp"
#include "services/duty/duty_records.hpp"
#include "support/test_db.hpp"

namespace zhixie {
namespace {

using duty::Tally;

Tally t(int64_t member, std::string_view kind, int64_t count, double shares = -1, bool cosigned = false) {
    return {member, std::string(kind), cosigned, count, shares < 0 ? static_cast<double>(count) : shares};
}

double total_of(const std::vector<duty::Score>& scores, int64_t member) {
    for (const auto& s : scores)
        if (s.member_id == member) return s.total;
    ADD_FAILURE() << "no score for " << member;
    return -1;
}

TEST(DutyScoring, PointsPerKindStopAtTheYearlyCap) {
    const auto rules = duty::default_rules();  // meetings 10 each up to 50, contacts 1 each up to 10
    auto s =
        duty::score_member(rules, 1, {t(1, duty::kind::meeting_attended, 3), t(1, duty::kind::contact, 25)});
    EXPECT_DOUBLE_EQ(s.kinds.at("meeting_attended").points, 30);
    EXPECT_FALSE(s.kinds.at("meeting_attended").capped);
    EXPECT_DOUBLE_EQ(s.kinds.at("contact").points, 10);
    EXPECT_TRUE(s.kinds.at("contact").capped);
    EXPECT_DOUBLE_EQ(s.total, 40);
    s = duty::score_member(rules, 1, {t(1, duty::kind::meeting_attended, 9)});
    EXPECT_DOUBLE_EQ(s.total, 50);
}

TEST(DutyScoring, JointProposalsSplitAsTheRulesSay) {
    auto rules = duty::default_rules();  // accepted proposal: 10
    // member 1 leads a proposal with two co-signers (2 and 3): each record's share is 1/3
    const std::vector<Tally> tallies = {t(1, duty::kind::proposal_accepted, 1, 1.0 / 3),
                                        t(2, duty::kind::proposal_accepted, 1, 1.0 / 3, true),
                                        t(3, duty::kind::proposal_accepted, 1, 1.0 / 3, true)};
    rules.joint_split = "equal";
    auto s = duty::score_all(rules, {}, tallies);
    EXPECT_DOUBLE_EQ(total_of(s, 1), 3.33);
    EXPECT_DOUBLE_EQ(total_of(s, 2), 3.33);
    rules.joint_split = "lead_full";
    s = duty::score_all(rules, {}, tallies);
    EXPECT_DOUBLE_EQ(total_of(s, 1), 10);
    EXPECT_DOUBLE_EQ(total_of(s, 3), 3.33);
    rules.joint_split = "all_full";
    s = duty::score_all(rules, {}, tallies);
    EXPECT_DOUBLE_EQ(total_of(s, 2), 10);
}

TEST(DutyScoring, UnexcusedAbsencesCostTheirPenaltyAndTheTotalStaysOnTheScale) {
    auto rules = duty::default_rules();
    rules.base_score = 60;
    auto s = duty::score_member(
        rules, 1, {t(1, duty::kind::meeting_absent, 3), t(1, duty::kind::meeting_absent_leave, 2)});
    EXPECT_DOUBLE_EQ(s.kinds.at("meeting_absent").points, -15);
    EXPECT_DOUBLE_EQ(s.kinds.at("meeting_absent_leave").points, 0);
    EXPECT_DOUBLE_EQ(s.total, 45);
    EXPECT_EQ(s.grade, "不称职");
    rules.base_score = 0;
    EXPECT_DOUBLE_EQ(duty::score_member(rules, 1, {t(1, duty::kind::meeting_absent, 3)}).total, 0);
    rules.base_score = 95;
    EXPECT_DOUBLE_EQ(duty::score_member(rules, 1, {t(1, duty::kind::deed, 3)}).total, 100);
}

TEST(DutyScoring, GradesFollowTheBandsAndEqualTotalsShareARank) {
    const auto rules = duty::default_rules();
    EXPECT_EQ(rules.grade_of(100), "优秀");
    EXPECT_EQ(rules.grade_of(90), "优秀");
    EXPECT_EQ(rules.grade_of(89.99), "良好");
    EXPECT_EQ(rules.grade_of(60), "称职");
    EXPECT_EQ(rules.grade_of(59.5), "不称职");
    auto s = duty::score_all(rules, {4},
                             {t(1, duty::kind::meeting_attended, 5), t(2, duty::kind::meeting_attended, 2),
                              t(3, duty::kind::meeting_attended, 5)});
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[0].member_id, 1);
    EXPECT_EQ(s[0].ranking, 1);
    EXPECT_EQ(s[1].member_id, 3);
    EXPECT_EQ(s[1].ranking, 1);
    EXPECT_EQ(s[2].ranking, 3);
    EXPECT_EQ(s[3].member_id, 4);  // no records, still scored
    EXPECT_DOUBLE_EQ(s[3].total, 0);
}

TEST(DutyScoring, FiveOnesCountRecordsOfAnyOfTheirKinds) {
    const auto rules = duty::default_rules();
    auto s = duty::score_member(rules, 1,
                                {t(1, duty::kind::proposal_filed, 1, 0.5, true),
                                 t(1, duty::kind::research, 1), t(1, duty::kind::info_submitted, 2)});
    EXPECT_EQ(s.five_ones_met(), 3);
    EXPECT_EQ(s.five_ones_missing(), (std::vector<std::string>{"speech", "deed"}));
}

TEST(DutyRules, DefaultsAreValidAndBadTablesAreRefusedInChinese) {
    FieldErrors ok;
    duty::validate(duty::default_rules(), ok);
    EXPECT_TRUE(ok.empty());

    auto r = duty::default_rules();
    r.items[0].cap = -5;
    r.bands = {{"优秀", 85, 100}, {"良好", 75, 90}, {"称职", 60, 70}, {"不称职", 0, 60}};
    FieldErrors e;
    duty::validate(r, e);
    auto errors = e.to_json(Lang::zh, duty::rule_labels());
    std::string all;
    for (const auto& x : errors)
        all += x["message"].get<std::string>() + "\n";
    EXPECT_NE(all.find("“出席会议”年度封顶分不能为负数"), std::string::npos) << all;
    EXPECT_NE(all.find("等次“良好”与“优秀”的分数段重叠"), std::string::npos) << all;
    EXPECT_NE(all.find("等次“称职”与“良好”之间有空档"), std::string::npos) << all;
    EXPECT_EQ(errors.size(), 3u) << all;

    r = duty::default_rules();
    r.bands.back().min = 10;
    r.five_ones[0].kinds.clear();
    FieldErrors e2;
    duty::validate(r, e2);
    EXPECT_EQ(e2.size(), 2u);
}

TEST(DutyRules, RoundTripThroughJson) {
    auto r = duty::default_rules();
    r.joint_split = "lead_full";
    r.items[1].cap.reset();
    auto back = duty::rules_from_json(duty::to_json(r));
    EXPECT_EQ(duty::to_json(back), duty::to_json(r));
}

// ---- on the databases ----

struct World {
    std::unique_ptr<storage::Db> db;
    int64_t committee = 0, user = 0;
    std::vector<int64_t> members;
    auth::Principal me;

    explicit World(const std::string& backend) : db(test_support::open_test_db(backend)) {
        auto tx = db->write();
        committee = committees::create(
            tx, audit::system_actor(),
            {"ds" + crypto::random_token(6), "政协测试县委员会", "测试县政协", "county", "", std::nullopt});
        user = tx.insert(
            "INSERT INTO users (committee_id, username, display_name, password_hash, created_at, updated_at) "
            "VALUES "
            "(:c, 'bgs', '办公室', 'x', 'now', 'now') RETURNING id",
            {{"c", committee}});
        int64_t term = tx.insert(
            "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, 10, "
            "'第十届', "
            "'2021-12-01', 1) RETURNING id",
            {{"c", committee}});
        for (const char* name : {"甲", "乙", "丙"})
            members.push_back(tx.insert(
                "INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, "
                "gender, "
                "created_at, updated_at) VALUES (:c, :t, :p, :n, 'x', 'x', '男', 'now', 'now') RETURNING id",
                {{"c", committee}, {"t", term}, {"p", crypto::random_token(8)}, {"n", std::string(name)}}));
        tx.commit();
        me.committee_id = committee;
        me.user_id = user;
    }
    void add(int64_t member, std::string_view kind, int64_t source, std::string status = "confirmed") {
        auto tx = db->write();
        duty::Record r;
        r.committee_id = committee;
        r.member_id = member;
        r.kind = kind;
        r.source_type = "test";
        r.source_id = source;
        r.occurred_on = "2025-05-01";
        r.title = "测试";
        r.status = status;
        duty::record(tx, r);
        tx.commit();
    }
    double total(int64_t member) {
        auto tx = db->read();
        auto r =
            tx.one("SELECT total FROM duty_scores WHERE committee_id = :c AND year = 2025 AND member_id = :m",
                   {{"c", committee}, {"m", member}});
        return r ? r->d("total") : -1;
    }
};

class DutyScoresDb : public ::testing::TestWithParam<std::string> {};

TEST_P(DutyScoresDb, ScoresFollowRecordsAndRecomputeWhenTheRulesChange) {
    World w(GetParam());
    w.add(w.members[0], duty::kind::meeting_attended, 1);
    w.add(w.members[0], duty::kind::meeting_attended, 2);
    w.add(w.members[1], duty::kind::deed, 3);
    w.add(w.members[2], duty::kind::deed, 4, "pending");  // not counted until confirmed
    duty::ensure_fresh(*w.db, w.committee, 2025);
    EXPECT_DOUBLE_EQ(w.total(w.members[0]), 20);
    EXPECT_DOUBLE_EQ(w.total(w.members[1]), 5);
    EXPECT_DOUBLE_EQ(w.total(w.members[2]), 0);

    // a record confirmed later makes the scores stale; the next read recomputes them
    w.add(w.members[2], duty::kind::deed, 4, "confirmed");
    duty::ensure_fresh(*w.db, w.committee, 2025);
    EXPECT_DOUBLE_EQ(w.total(w.members[2]), 5);

    // new rules: meetings 20 each, deeds 1; saved rules recompute at once
    auto rules = duty::default_rules();
    for (auto& i : rules.items) {
        if (i.kind == duty::kind::meeting_attended) i.points = 20;
        if (i.kind == duty::kind::deed) i.points = 1;
    }
    auto out = duty::update_rules(*w.db, w.me, audit::system_actor(w.committee), Lang::zh, 2025, 0,
                                  duty::to_json(rules));
    EXPECT_EQ(out["version"], 1);
    EXPECT_DOUBLE_EQ(w.total(w.members[0]), 40);
    EXPECT_DOUBLE_EQ(w.total(w.members[1]), 1);

    // a stale version is refused and changes nothing
    try {
        duty::update_rules(*w.db, w.me, audit::system_actor(w.committee), Lang::zh, 2025, 0,
                           duty::to_json(duty::default_rules()));
        FAIL() << "stale version accepted";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
    }
    EXPECT_DOUBLE_EQ(w.total(w.members[0]), 40);

    // a retracted record counts no more
    {
        auto tx = w.db->write();
        duty::retract(tx, w.committee, w.members[0], duty::kind::meeting_attended, "test", 2);
        tx.commit();
    }
    duty::ensure_fresh(*w.db, w.committee, 2025);
    EXPECT_DOUBLE_EQ(w.total(w.members[0]), 20);
}

INSTANTIATE_TEST_SUITE_P(Backends, DutyScoresDb, ::testing::ValuesIn(test_support::backends()));

}  // namespace
}  // namespace zhixie
