// services/duty and services/notify on both databases: a record is written once per source and kind, updated
// when written again, retracted; notifications are deduplicated by key, scoped to their committee and user.
#include <gtest/gtest.h>

#include "audit/audit_log.hpp"
#include "domains/committees/committees.hpp"
#include "services/duty/duty_records.hpp"
#include "services/notify/notify.hpp"
#include "support/test_db.hpp"

namespace zhixie {
namespace {

struct World {
    std::unique_ptr<storage::Db> db;
    int64_t committee = 0, user = 0, member = 0, other_committee = 0, other_user = 0;

    explicit World(const std::string& backend) : db(test_support::open_test_db(backend)) {
        auto tx = db->write();
        committee = make_committee(tx, "dn" + crypto::random_token(6));
        other_committee = make_committee(tx, "dx" + crypto::random_token(6));
        user = make_user(tx, committee, "wy");
        other_user = make_user(tx, other_committee, "wy");
        int64_t term = tx.insert(
            "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, 10, "
            "'第十届', "
            "'2021-12-01', 1) RETURNING id",
            {{"c", committee}});
        member = tx.insert(
            "INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, "
            "gender, "
            "user_id, created_at, updated_at) VALUES (:c, :t, :p, '张三丰', 'zhang san feng', 'zsf', '男', "
            ":u, "
            "'now', 'now') RETURNING id",
            {{"c", committee}, {"t", term}, {"p", crypto::random_token(8)}, {"u", user}});
        tx.commit();
    }
    static int64_t make_committee(storage::Tx& tx, const std::string& code) {
        return committees::create(tx, audit::system_actor(),
                                  {code, "政协测试县委员会", "测试县政协", "county", "", std::nullopt});
    }
    static int64_t make_user(storage::Tx& tx, int64_t c, const std::string& name) {
        return tx.insert(
            "INSERT INTO users (committee_id, username, display_name, password_hash, created_at, updated_at) "
            "VALUES (:c, :n, '委员', 'x', 'now', 'now') RETURNING id",
            {{"c", c}, {"n", name}});
    }
    int64_t count(const std::string& where) {
        auto tx = db->read();
        return tx
            .one("SELECT COUNT(*) AS n FROM duty_records WHERE committee_id = :c AND " + where,
                 {{"c", committee}})
            ->i("n");
    }
};

class DutyNotify : public ::testing::TestWithParam<std::string> {};

TEST_P(DutyNotify, RecordsOncePerSourceAndKindAndRetracts) {
    World w(GetParam());
    duty::Record r{w.committee,  w.member,      duty::kind::meeting_attended, "meeting", 7,
                   "2026-03-05", "出席全体会议"};
    {
        auto tx = w.db->write();
        int64_t first = duty::record(tx, r);
        r.title = "出席政协第十届委员会第五次全体会议";
        EXPECT_EQ(duty::record(tx, r), first);
        duty::record(tx, {w.committee, w.member, duty::kind::speech, "meeting", 7, "2026-03-05", "大会发言"});
        tx.commit();
    }
    EXPECT_EQ(w.count("source_type = 'meeting' AND source_id = 7"), 2);
    {
        auto tx = w.db->read();
        auto row = tx.one("SELECT title, year FROM duty_records WHERE committee_id = :c AND kind = :k",
                          {{"c", w.committee}, {"k", std::string(duty::kind::meeting_attended)}});
        ASSERT_TRUE(row);
        EXPECT_EQ(row->s("title"), "出席政协第十届委员会第五次全体会议");
        EXPECT_EQ(row->i("year"), 2026);
    }
    {
        auto tx = w.db->write();
        EXPECT_TRUE(duty::retract(tx, w.committee, w.member, duty::kind::speech, "meeting", 7));
        EXPECT_FALSE(duty::retract(tx, w.committee, w.member, duty::kind::speech, "meeting", 7));
        tx.commit();
    }
    EXPECT_EQ(w.count("kind = 'speech'"), 0);
    {
        auto tx = w.db->write();
        EXPECT_EQ(duty::retract_source(tx, w.committee, "meeting", 7), 1);
        tx.commit();
    }
    EXPECT_EQ(w.count("source_type = 'meeting'"), 0);
}

TEST_P(DutyNotify, TalliesFollowEveryWriteOfTheRecords) {
    // duty_tallies (what scoring reads) must equal the records grouped afresh after inserts, re-records that
    // change the share, year or status, retractions and whole-source retractions
    World w(GetParam());
    auto tallies_equal_records = [&] {
        auto tx = w.db->read();
        auto grouped = tx.query(
            "SELECT year, member_id, kind, source_type, COUNT(*) AS n, SUM(share) AS shares FROM "
            "duty_records "
            "WHERE committee_id = :c AND status = 'confirmed' GROUP BY year, member_id, kind, source_type "
            "ORDER BY "
            "year, member_id, kind, source_type",
            {{"c", w.committee}});
        auto kept = tx.query(
            "SELECT year, member_id, kind, source_type, n, shares FROM duty_tallies WHERE committee_id = :c "
            "ORDER BY "
            "year, member_id, kind, source_type",
            {{"c", w.committee}});
        EXPECT_EQ(grouped.size(), kept.size());
        for (size_t k = 0; k < std::min(grouped.size(), kept.size()); ++k) {
            EXPECT_EQ(grouped[k].i("year"), kept[k].i("year"));
            EXPECT_EQ(grouped[k].s("kind"), kept[k].s("kind"));
            EXPECT_EQ(grouped[k].s("source_type"), kept[k].s("source_type"));
            EXPECT_EQ(grouped[k].i("n"), kept[k].i("n"));
            EXPECT_NEAR(grouped[k].d("shares"), kept[k].d("shares"), 1e-9);
        }
        return grouped.size();
    };
    {
        auto tx = w.db->write();
        for (int64_t src = 1; src <= 6; ++src)
            duty::record(tx, {w.committee, w.member, duty::kind::meeting_attended, "meeting", src,
                              src % 2 ? "2025-06-01" : "2026-06-01", "出席会议"});
        duty::Record joint{w.committee,  w.member,  duty::kind::proposal_filed, "proposal_cosign", 9,
                           "2026-02-01", "联名提案"};
        joint.share = 1.0 / 3;
        duty::record(tx, joint);
        duty::Record pending{w.committee, w.member, duty::kind::deed, "self_report", 4, "2026-05-01", "自报"};
        pending.status = "pending";
        duty::record(tx, pending);
        tx.commit();
    }
    EXPECT_EQ(tallies_equal_records(), 3u);  // meetings 2025, meetings 2026, the joint proposal
    {
        auto tx = w.db->write();
        duty::Record joint{w.committee,  w.member,  duty::kind::proposal_filed, "proposal_cosign", 9,
                           "2026-02-01", "联名提案"};
        joint.share = 0.5;  // the share changes when a co-signer leaves
        duty::record(tx, joint);
        duty::Record approved{w.committee,  w.member, duty::kind::deed, "self_report", 4,
                              "2026-05-01", "自报"};
        duty::record(tx, approved);  // pending → confirmed
        duty::record(tx, {w.committee, w.member, duty::kind::meeting_attended, "meeting", 1, "2026-01-10",
                          "出席会议"});  // moved from 2025 to 2026
        EXPECT_TRUE(duty::retract(tx, w.committee, w.member, duty::kind::meeting_attended, "meeting", 2));
        tx.commit();
    }
    EXPECT_EQ(tallies_equal_records(), 4u);
    {
        auto tx = w.db->write();
        for (int64_t src = 1; src <= 6; ++src)
            duty::retract_source(tx, w.committee, "meeting", src);
        duty::Record rejected{w.committee,  w.member, duty::kind::deed, "self_report", 4,
                              "2026-05-01", "自报"};
        rejected.status = "rejected";
        duty::record(tx, rejected);
        tx.commit();
    }
    EXPECT_EQ(tallies_equal_records(), 1u);  // only the joint proposal is left
    auto tx = w.db->read();
    EXPECT_FALSE(tx.one("SELECT n FROM duty_tallies WHERE n <= 0"));  // emptied tallies are removed
}

TEST_P(DutyNotify, RefusesUnknownKindBadDateAndShare) {
    World w(GetParam());
    auto tx = w.db->write();
    EXPECT_THROW(duty::record(tx, {w.committee, w.member, "napping", "meeting", 1, "2026-01-01", "x"}),
                 std::invalid_argument);
    EXPECT_THROW(duty::record(tx, {w.committee, w.member, duty::kind::deed, "deed", 1, "2026/01/01", "x"}),
                 std::invalid_argument);
    duty::Record half{w.committee, w.member, duty::kind::proposal_accepted, "proposal", 1, "2026-01-01", "x"};
    half.share = 0;
    EXPECT_THROW(duty::record(tx, half), std::invalid_argument);
}

TEST_P(DutyNotify, NotificationsAreDeduplicatedAndScoped) {
    World w(GetParam());
    notify::Message m{w.committee, "proposal_deadline", "提案办理还有7天到期", "", "/proposals/1", "p1-d7"};
    {
        auto tx = w.db->write();
        auto users = notify::users_of_members(tx, w.committee, {w.member});
        ASSERT_EQ(users, std::vector<int64_t>{w.user});
        EXPECT_EQ(notify::send(tx, m, users), 1);
        EXPECT_EQ(notify::send(tx, m, users), 0);  // the job ran twice
        // a user of another committee is never written to through this committee
        EXPECT_EQ(notify::send(tx, {w.committee, "x", "y", "", "", std::nullopt}, {w.other_user}), 0);
        tx.commit();
    }
    {
        auto tx = w.db->read();
        auto box = notify::inbox(tx, w.committee, w.user, true, 1, 20);
        EXPECT_EQ(box["total"], 1);
        EXPECT_EQ(box["unread"], 1);
        EXPECT_EQ(box["items"][0]["title"], "提案办理还有7天到期");
        EXPECT_EQ(notify::inbox(tx, w.other_committee, w.other_user, false, 1, 20)["total"], 0);
    }
    {
        auto tx = w.db->write();
        EXPECT_EQ(notify::mark_read(tx, w.other_committee, w.other_user, std::nullopt), 0);
        EXPECT_EQ(notify::mark_read(tx, w.committee, w.user, std::nullopt), 1);
        tx.commit();
    }
    auto tx = w.db->read();
    EXPECT_EQ(notify::inbox(tx, w.committee, w.user, false, 1, 20)["unread"], 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DutyNotify, ::testing::ValuesIn(test_support::backends()));

}  // namespace
}  // namespace zhixie
