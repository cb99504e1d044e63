// The proposal rules: numbering per term and session, one re-handling only, merged proposals keeping each
// proposer's own feedback, and who may see what.
#include <gtest/gtest.h>

#include "auth/sessions.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/committees/committees.hpp"
#include "domains/proposals/proposals.hpp"
#include "domains/users/users.hpp"
#include "support/test_db.hpp"
#include "workflow/engine.hpp"

using namespace zhixie;
namespace P = zhixie::proposals;

namespace {

struct Person {
    auth::Principal me;
    audit::Actor actor;
};

// A committee with a current term, staff, two members with sign-ins, and two handling units with a user each.
struct World {
    std::unique_ptr<storage::Db> db;
    int64_t committee = 0;
    int64_t unit_a = 0, unit_b = 0;
    Person staff, member, other_member, unit_user, other_unit_user;
};

Person person(storage::Db& db, int64_t user_id) {
    auto tx = db.read();
    auto p = *auth::load_principal(tx, user_id, auth::AuthSettings{});
    return {p, {p.user_id, p.committee_id, p.username, ""}};
}

World make_world(const std::string& backend) {
    World w;
    w.db = test_support::open_test_db(backend);
    std::vector<int64_t> users;
    {
        auto tx = w.db->write();
        w.committee =
            committees::create(tx, audit::system_actor(),
                               {"pp" + crypto::random_token(6), "测试政协", "", "county", "", std::nullopt});
        const auto actor = audit::system_actor(w.committee);
        workflow::install_defaults(tx, w.committee, actor);
        int64_t term = tx.insert(
            "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, 10, "
            "'第十届', "
            "'2021-12-28', 1) RETURNING id",
            {{"c", w.committee}});
        auto user = [&](const std::string& name, const std::string& role) {
            return users::create_user(tx, actor, {w.committee, name, name, "", {role}, false},
                                      std::string("x"));
        };
        users = {user("staff", "proposal_staff"), user("m1", "member"), user("m2", "member"),
                 user("ua", "unit"), user("ub", "unit")};
        for (size_t k = 1; k <= 2; ++k)
            tx.exec(
                "INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, "
                "gender, "
                "user_id, created_at, updated_at) VALUES (:c, :t, :uid, :n, 'x', 'x', '男', :u, 'x', 'x')",
                {{"c", w.committee},
                 {"t", term},
                 {"uid", crypto::random_token(8)},
                 {"n", "委员" + std::to_string(k)},
                 {"u", users[k]}});
        for (int64_t* unit : {&w.unit_a, &w.unit_b}) {
            *unit = tx.insert("INSERT INTO units (committee_id, name) VALUES (:c, :n) RETURNING id",
                              {{"c", w.committee}, {"n", "单位" + crypto::random_token(4)}});
            tx.exec("INSERT INTO user_units (user_id, unit_id) VALUES (:u, :unit)",
                    {{"u", users[unit == &w.unit_a ? 3 : 4]}, {"unit", *unit}});
        }
        tx.commit();
    }
    w.staff = person(*w.db, users[0]);
    w.member = person(*w.db, users[1]);
    w.other_member = person(*w.db, users[2]);
    w.unit_user = person(*w.db, users[3]);
    w.other_unit_user = person(*w.db, users[4]);
    return w;
}

P::Step step(int64_t id, const std::string& note = "") {
    return {id, std::nullopt, note};
}

int64_t file(World& w, const Person& who, const std::string& title) {
    P::Draft d{title, "一、基本情况……二、具体建议……", "教育科技"};
    int64_t id = P::create_proposal(*w.db, who.me, who.actor, Lang::zh, d)["id"];
    P::proposer_step(*w.db, who.me, who.actor, Lang::zh, step(id), "submit");
    return id;
}

nlohmann::json accept(World& w, int64_t id) {
    return P::review_proposal(*w.db, w.staff.me, w.staff.actor, Lang::zh, {step(id), "accept", "", "", ""});
}

// accepted → assigned to unit A → signed → replied (class B) → reply reviewed
void handle(World& w, int64_t id) {
    P::assign_proposal(*w.db, w.staff.me, w.staff.actor, Lang::zh, step(id), {{w.unit_a, "lead"}});
    P::sign_assignment(*w.db, w.unit_user.me, w.unit_user.actor, {step(id), std::nullopt});
    P::write_reply(*w.db, w.unit_user.me, w.unit_user.actor, Lang::zh,
                   {{step(id), std::nullopt}, "答复……", "B", false});
    P::review_reply(*w.db, w.staff.me, w.staff.actor, Lang::zh, step(id), true, "");
}

nlohmann::json rate(World& w, const Person& who, int64_t id, const std::string& rating) {
    return P::give_feedback(*w.db, who.me, who.actor, Lang::zh, {step(id), rating, rating});
}

std::string code_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const AppError& e) {
        return std::to_string(e.status()) + " " + e.code();
    }
    return "no error";
}

}  // namespace

TEST(ProposalSessions, DefaultWindowAndExplicitSessions) {
    P::Settings s;
    // a term that opened in December held its first session then; one plenary each January after
    EXPECT_EQ(P::session_of(s, "2021-12-28", "2026-01-15").session, 5);
    EXPECT_TRUE(P::session_of(s, "2021-12-28", "2026-01-15").plenary);
    EXPECT_FALSE(P::session_of(s, "2021-12-28", "2026-03-15").plenary);
    EXPECT_EQ(P::session_of(s, "2022-03-01", "2022-03-02").session, 1);
    s.sessions = {{5, "2026-01-04", "2026-01-09"}};
    EXPECT_TRUE(P::session_of(s, "2021-12-28", "2026-01-05").plenary);
    EXPECT_FALSE(P::session_of(s, "2021-12-28", "2026-01-15").plenary) << "outside the configured window";
    EXPECT_EQ(P::session_of(s, "2021-12-28", "2026-06-01").session, 5);
}

class ProposalRules : public ::testing::TestWithParam<std::string> {};

TEST_P(ProposalRules, AcceptedProposalsAreNumberedPerTermAndSession) {
    auto w = make_world(GetParam());
    int64_t a = file(w, w.member, "关于甲的建议"), b = file(w, w.member, "关于乙的建议"),
            rejected = file(w, w.member, "关于丙的建议");
    auto first = accept(w, a);
    auto second = accept(w, b);
    P::review_proposal(*w.db, w.staff.me, w.staff.actor, Lang::zh,
                       {step(rejected), "reject", "", "一案多事", ""});
    const std::string today = clock::today_cst();
    const auto where = P::session_of(P::Settings{}, "2021-12-28", today);
    EXPECT_EQ(first["number_seq"], 1);
    EXPECT_EQ(second["number_seq"], 2);
    EXPECT_EQ(first["session"], where.session);
    EXPECT_NE(first["number"].get<std::string>().find("第十届"), std::string::npos);
    EXPECT_NE(second["number"].get<std::string>().find("第002号"), std::string::npos) << second["number"];
    auto r = P::get_proposal(*w.db, w.staff.me, rejected);
    EXPECT_TRUE(r["number"].is_null()) << "a rejected proposal has no number";
    EXPECT_EQ(r["reject_ground"], "一案多事");
    // a new session (today inside its configured window) numbers from 1 again
    P::update_settings(*w.db, w.staff.me, w.staff.actor, Lang::zh,
                       {{"sessions", {{{"session", where.session + 1}, {"start", today}, {"end", today}}}}});
    auto third = accept(w, file(w, w.member, "关于丁的建议"));
    EXPECT_EQ(third["session"], where.session + 1);
    EXPECT_EQ(third["kind"], "plenary");
    EXPECT_EQ(third["number_seq"], 1);
    // a review outside the workflow is refused with what is allowed
    try {
        accept(w, a);
        FAIL() << "accepting twice";
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
        EXPECT_EQ(e.code(), "transition_not_allowed");
        EXPECT_TRUE(e.details()["allowed"].is_array());
    }
}

TEST_P(ProposalRules, UnsatisfiedSendsTheCaseBackOnlyOnce) {
    auto w = make_world(GetParam());
    int64_t id = file(w, w.member, "关于加强农村饮水安全保障的建议");
    accept(w, id);
    handle(w, id);
    auto once = rate(w, w.member, id, "不满意");
    EXPECT_EQ(once["state"], "rehandling");
    EXPECT_EQ(once["rehandled"], 1);
    P::write_reply(*w.db, w.unit_user.me, w.unit_user.actor, Lang::zh,
                   {{step(id), std::nullopt}, "再次答复……", "A", false});
    P::review_reply(*w.db, w.staff.me, w.staff.actor, Lang::zh, step(id), true, "");
    auto twice = rate(w, w.member, id, "不满意");
    EXPECT_EQ(twice["state"], "closed") << "a second 不满意 is recorded, the case is closed";
    EXPECT_EQ(twice["rehandled"], 1);
    EXPECT_EQ(twice["feedback"].size(), 2u);
    EXPECT_EQ(code_of([&] { rate(w, w.member, id, "满意"); }), "409 transition_not_allowed");
}

TEST_P(ProposalRules, MergedProposersKeepTheirOwnReplyViewAndFeedback) {
    auto w = make_world(GetParam());
    int64_t main = file(w, w.member, "关于规划建设城区公共停车场的建议");
    int64_t merged = file(w, w.other_member, "关于解决城区停车难的建议");
    P::merge_proposals(*w.db, w.staff.me, w.staff.actor, Lang::zh, step(main, "同题并案"), {merged});
    auto m = P::get_proposal(*w.db, w.other_member.me, merged);
    EXPECT_EQ(m["state"], "merged");
    EXPECT_FALSE(m["number"].is_null()) << "a merged proposal is accepted with its own number";
    EXPECT_EQ(m["merged_into"]["id"], main);
    accept(w, main);
    handle(w, main);
    // the other proposer sees the reply of the case their proposal was merged into
    m = P::get_proposal(*w.db, w.other_member.me, merged);
    ASSERT_EQ(m["replies"].size(), 1u);
    EXPECT_EQ(m["replies"][0]["reply_class"], "B");
    EXPECT_EQ(m["merged_into"]["state"], "reply_reviewed");
    auto after_first = rate(w, w.member, main, "满意");
    EXPECT_EQ(after_first["state"], "reply_reviewed") << "waits for the other proposer";
    auto after_second = rate(w, w.other_member, merged, "基本满意");
    EXPECT_EQ(after_second["merged_into"]["state"], "closed");
    // each proposer sees their own rating only; staff see both
    auto mine = P::get_proposal(*w.db, w.member.me, main)["feedback"];
    auto theirs = P::get_proposal(*w.db, w.other_member.me, merged)["feedback"];
    ASSERT_EQ(mine.size(), 1u);
    ASSERT_EQ(theirs.size(), 1u);
    EXPECT_EQ(mine[0]["work"], "满意");
    EXPECT_EQ(theirs[0]["work"], "基本满意");
    EXPECT_EQ(theirs[0]["proposal_id"], merged);
    EXPECT_EQ(P::get_proposal(*w.db, w.staff.me, main)["feedback"].size(), 2u);
}

TEST_P(ProposalRules, EachSeesOnlyWhatIsTheirs) {
    auto w = make_world(GetParam());
    int64_t id = file(w, w.member, "关于优化城乡公交线路的建议");
    EXPECT_EQ(code_of([&] { P::get_proposal(*w.db, w.other_member.me, id); }), "404 not_found");
    EXPECT_EQ(P::list_proposals(*w.db, w.other_member.me, {})["total"], 0);
    EXPECT_EQ(P::list_proposals(*w.db, w.member.me, {})["total"], 1);
    EXPECT_EQ(P::list_proposals(*w.db, w.staff.me, {})["total"], 1);
    // a draft is its author's until submitted
    int64_t draft = P::create_proposal(*w.db, w.member.me, w.member.actor, Lang::zh, {"草稿", "", ""})["id"];
    EXPECT_EQ(code_of([&] { P::get_proposal(*w.db, w.staff.me, draft); }), "404 not_found");
    accept(w, id);
    EXPECT_EQ(code_of([&] { P::get_proposal(*w.db, w.unit_user.me, id); }), "404 not_found");
    P::assign_proposal(*w.db, w.staff.me, w.staff.actor, Lang::zh, step(id), {{w.unit_a, "lead"}});
    EXPECT_EQ(P::get_proposal(*w.db, w.unit_user.me, id)["id"], id);
    EXPECT_EQ(code_of([&] { P::get_proposal(*w.db, w.other_unit_user.me, id); }), "404 not_found");
    EXPECT_EQ(code_of([&] {
                  P::write_reply(*w.db, w.other_unit_user.me, w.other_unit_user.actor, Lang::zh,
                                 {{step(id), std::nullopt}, "答复", "A", false});
              }),
              "404 not_found");
    // an objection moves it to another unit, which then sees it, while the first no longer does
    P::object_assignment(*w.db, w.unit_user.me, w.unit_user.actor, Lang::zh,
                         {step(id, "非我单位职责"), std::nullopt});
    P::assign_proposal(*w.db, w.staff.me, w.staff.actor, Lang::zh, step(id), {{w.unit_b, "lead"}});
    EXPECT_EQ(P::get_proposal(*w.db, w.other_unit_user.me, id)["state"], "assigned");
    EXPECT_EQ(code_of([&] { P::get_proposal(*w.db, w.unit_user.me, id); }), "404 not_found");
    // a stale version loses
    auto now = P::get_proposal(*w.db, w.staff.me, id);
    EXPECT_EQ(code_of([&] {
                  P::sign_assignment(*w.db, w.other_unit_user.me, w.other_unit_user.actor,
                                     {{id, now["version"].get<int64_t>() - 1, ""}, std::nullopt});
              }),
              "409 stale_version");
}

INSTANTIATE_TEST_SUITE_P(Backends, ProposalRules, ::testing::ValuesIn(test_support::backends()));
