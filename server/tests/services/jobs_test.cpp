// services/jobs on both databases: a lease is held by one instance at a time (and lapses when its holder
// dies), and the proposal deadline job, run under a moved clock, tells the handling unit's users once at 30,
// 7 and 0 days before the deadline and once when it is overdue — and no one else.
#include <gtest/gtest.h>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/committees/committees.hpp"
#include "services/jobs/jobs.hpp"
#include "support/test_db.hpp"

namespace zhixie {
namespace {

using std::chrono::hours;
using std::chrono::seconds;

// Puts the test clock back when a test ends, whatever happened.
struct ClockGuard {
    ~ClockGuard() { clock::set_offset_for_tests(seconds(0)); }
};

struct Proposals {
    std::unique_ptr<storage::Db> db;
    int64_t committee = 0, unit_user = 0, other_unit_user = 0, other_committee_user = 0, proposal = 0;

    explicit Proposals(const std::string& backend) : db(test_support::open_test_db(backend)) {
        auto tx = db->write();
        committee = make_committee(tx, "jb");
        int64_t other = make_committee(tx, "jx");
        unit_user = make_user(tx, committee, "chengban");
        other_unit_user = make_user(tx, committee, "jiaoyu");
        other_committee_user = make_user(tx, other, "chengban");
        int64_t unit = make_unit(tx, committee, "县教育局", unit_user);
        make_unit(tx, committee, "县卫健局", other_unit_user);
        make_unit(tx, other, "县教育局", other_committee_user);
        int64_t term = tx.insert(
            "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, 10, "
            "'第十届', "
            "'2021-12-01', 1) RETURNING id",
            {{"c", committee}});
        int64_t def = tx.insert(
            "INSERT INTO wf_definitions (committee_id, code, name_zh, name_en, updated_at) VALUES (:c, "
            "'proposal', '提案', 'Proposal', 'now') RETURNING id",
            {{"c", committee}});
        // the reply is due on 2030-03-10, 23:00 China time
        int64_t kase = tx.insert(
            "INSERT INTO wf_cases (committee_id, definition_id, subject_type, subject_id, state, entered_at, "
            "due_at, created_at) VALUES (:c, :d, 'proposal', 0, 'handling', 'now', :due, 'now') RETURNING id",
            {{"c", committee}, {"d", def}, {"due", "2030-03-10T15:00:00Z"}});
        proposal = tx.insert(
            "INSERT INTO proposals (committee_id, term_id, case_id, year, source, title, number, created_at, "
            "updated_at) VALUES (:c, :t, :k, 2030, 'member', '关于改善农村学校供暖的建议', "
            "'第十届五次会议第007号', "
            "'now', 'now') RETURNING id",
            {{"c", committee}, {"t", term}, {"k", kase}});
        tx.exec(
            "INSERT INTO proposal_units (committee_id, proposal_id, unit_id, role, assigned_at) VALUES (:c, "
            ":p, :u, 'lead', 'now')",
            {{"c", committee}, {"p", proposal}, {"u", unit}});
        tx.commit();
    }
    static int64_t make_committee(storage::Tx& tx, const std::string& prefix) {
        return committees::create(
            tx, audit::system_actor(),
            {prefix + crypto::random_token(6), "政协测试县委员会", "测试县政协", "county", "", std::nullopt});
    }
    static int64_t make_user(storage::Tx& tx, int64_t c, const std::string& name) {
        return tx.insert(
            "INSERT INTO users (committee_id, username, display_name, password_hash, created_at, updated_at) "
            "VALUES (:c, :n, '承办人', 'x', 'now', 'now') RETURNING id",
            {{"c", c}, {"n", name}});
    }
    static int64_t make_unit(storage::Tx& tx, int64_t c, const std::string& name, int64_t user) {
        int64_t id = tx.insert("INSERT INTO units (committee_id, name) VALUES (:c, :n) RETURNING id",
                               {{"c", c}, {"n", name}});
        tx.exec("INSERT INTO user_units (user_id, unit_id) VALUES (:u, :id)", {{"u", user}, {"id", id}});
        return id;
    }
    // Runs the job as if it were 09:00 China time on `day`; returns how many messages it wrote.
    int64_t run_on(const std::string& day) {
        clock::set_offset_for_tests(std::chrono::duration_cast<seconds>(clock::parse_iso(day + "T01:00:00Z") -
                                                                        std::chrono::system_clock::now()));
        auto before = sent_here();
        auto out = jobs::run_job(*db, *jobs::find("proposal_deadlines"), true);
        EXPECT_TRUE(out.ran);
        EXPECT_EQ(out.error, "");
        // the job serves every committee of the database (on PostgreSQL the unit tests share one): count
        // what reached this world's committee
        return sent_here() - before;
    }
    int64_t sent_here() {
        auto tx = db->read();
        return tx.one("SELECT COUNT(*) AS n FROM notifications WHERE committee_id = :c", {{"c", committee}})
            ->i("n");
    }
    std::vector<std::string> titles(int64_t user) {
        auto tx = db->read();
        std::vector<std::string> out;
        for (const auto& r :
             tx.query("SELECT title FROM notifications WHERE user_id = :u ORDER BY id", {{"u", user}}))
            out.push_back(r.s("title"));
        return out;
    }
};

class Jobs : public ::testing::TestWithParam<std::string> {};

TEST_P(Jobs, ALeaseIsHeldByOneInstanceAtATime) {
    ClockGuard restore;
    auto db = test_support::open_test_db(GetParam());
    const std::string job = "test_job_" + crypto::random_token(4);
    EXPECT_TRUE(jobs::take_lease(*db, job, "server-a", seconds(600), false));
    EXPECT_FALSE(jobs::take_lease(*db, job, "server-b", seconds(600), false)) << "a holds it";
    EXPECT_FALSE(jobs::take_lease(*db, job, "server-b", seconds(600), true))
        << "forcing does not break a lease";
    jobs::release_lease(*db, job, "server-a", hours(1), "ok: 3");
    EXPECT_FALSE(jobs::take_lease(*db, job, "server-b", seconds(600), false)) << "not due for an hour";
    EXPECT_TRUE(jobs::take_lease(*db, job, "server-b", seconds(600), true)) << "run-once need not wait";
    // b dies holding it: the lease lapses after its time
    clock::set_offset_for_tests(seconds(601));
    EXPECT_FALSE(jobs::take_lease(*db, job, "server-a", seconds(600), false)) << "still not due";
    clock::set_offset_for_tests(hours(2));
    EXPECT_TRUE(jobs::take_lease(*db, job, "server-a", seconds(600), false)) << "expired and due";
    auto tx = db->read();
    auto row = tx.one("SELECT holder, last_result FROM job_leases WHERE job = :j", {{"j", job}});
    ASSERT_TRUE(row);
    EXPECT_EQ(row->s("holder"), "server-a");
    EXPECT_EQ(row->s("last_result"), "ok: 3");
}

TEST_P(Jobs, DaysFromTodayCountsChinaDays) {
    ClockGuard restore;
    // 2030-03-01 09:00 in China
    clock::set_offset_for_tests(std::chrono::duration_cast<seconds>(clock::parse_iso("2030-03-01T01:00:00Z") -
                                                                    std::chrono::system_clock::now()));
    EXPECT_EQ(jobs::days_from_today("2030-03-01"), 0);
    EXPECT_EQ(jobs::days_from_today("2030-03-08"), 7);
    EXPECT_EQ(jobs::days_from_today("2030-02-28"), -1);
    EXPECT_EQ(jobs::days_from_today("2030-03-01T15:59:59Z"), 0) << "23:59 in China";
    EXPECT_EQ(jobs::days_from_today("2030-03-01T16:00:00Z"), 1) << "midnight in China is the next day";
}

TEST_P(Jobs, ProposalDeadlineRemindersReachTheUnitOncePerStage) {
    ClockGuard restore;
    Proposals w(GetParam());
    // due 2030-03-10 23:00 China time
    EXPECT_EQ(w.run_on("2030-01-20"), 0) << "49 days away: nothing yet";
    EXPECT_EQ(w.run_on("2030-02-08"), 1) << "30 days";
    EXPECT_EQ(w.run_on("2030-02-08"), 0) << "run again: nobody is told twice";
    EXPECT_EQ(w.run_on("2030-02-20"), 0) << "18 days: the 30-day reminder was given";
    EXPECT_EQ(w.run_on("2030-03-03"), 1) << "7 days";
    EXPECT_EQ(w.run_on("2030-03-10"), 1) << "due today";
    EXPECT_EQ(w.run_on("2030-03-11"), 1) << "overdue";
    EXPECT_EQ(w.run_on("2030-03-20"), 0) << "overdue is said once";
    EXPECT_EQ(w.titles(w.unit_user), (std::vector<std::string>{"提案办理期限还有30天", "提案办理期限还有7天",
                                                               "提案今日到期", "提案办理已超期"}));
    EXPECT_TRUE(w.titles(w.other_unit_user).empty()) << "another unit of the committee";
    EXPECT_TRUE(w.titles(w.other_committee_user).empty()) << "another committee's unit of the same name";
    auto tx = w.db->read();
    auto first = tx.one("SELECT body, link, kind FROM notifications WHERE user_id = :u ORDER BY id",
                        {{"u", w.unit_user}});
    EXPECT_EQ(first->s("link"), "/proposals/" + std::to_string(w.proposal));
    EXPECT_EQ(first->s("kind"), "proposal_deadline");
    EXPECT_NE(first->s("body").find("2030-03-10"), std::string::npos) << first->s("body");
    EXPECT_NE(first->s("body").find("县教育局"), std::string::npos) << first->s("body");
}

TEST_P(Jobs, AnExtendedDeadlineGetsRemindersOfItsOwn) {
    ClockGuard restore;
    Proposals w(GetParam());
    EXPECT_EQ(w.run_on("2030-03-05"), 1) << "7 days";
    {
        auto tx = w.db->write();
        tx.exec("UPDATE wf_cases SET due_at = '2030-04-09T15:00:00Z' WHERE committee_id = :c",
                {{"c", w.committee}});
        tx.commit();
    }
    EXPECT_EQ(w.run_on("2030-03-11"), 1) << "29 days to the new deadline";
    EXPECT_EQ(w.titles(w.unit_user).back(), "提案办理期限还有30天");
}

INSTANTIATE_TEST_SUITE_P(Backends, Jobs, ::testing::ValuesIn(test_support::backends()));

}  // namespace
}  // namespace zhixie
