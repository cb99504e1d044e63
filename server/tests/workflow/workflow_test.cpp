#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "domains/committees/committees.hpp"
#include "support/test_db.hpp"
#include "workflow/actions.hpp"
#include "workflow/engine.hpp"

using namespace zhixie;

namespace {

// A small supervised-task workflow: assigned → in_progress → reported → closed, with a chase loop.
nlohmann::json example() {
    auto S = [](const char* code, bool initial = false, bool final = false) {
        return nlohmann::json{{"code", code}, {"name_zh", code}, {"name_en", code}, {"initial", initial}, {"final", final}};
    };
    auto T = [](const char* code, const char* from, const char* to, const char* perm) {
        return nlohmann::json{{"code", code}, {"name_zh", code}, {"name_en", code}, {"from", from}, {"to", to},
                              {"permission", perm}};
    };
    auto progress = S("in_progress");
    progress["deadline_days"] = 30;
    progress["on_enter"] = {"count_entries"};
    return {{"code", "task"},
            {"name_zh", "督办任务"},
            {"name_en", "Task"},
            {"states", {S("assigned", true), progress, S("reported"), S("closed", false, true)}},
            {"transitions",
             {T("start", "assigned", "in_progress", "system:case:read"),
              T("report", "in_progress", "reported", "system:case:read"),
              T("reopen", "reported", "in_progress", "system:workflow:manage"),
              T("close", "reported", "closed", "system:workflow:manage")}}};
}

std::atomic<int> g_entries{0};

struct Fixture {
    std::unique_ptr<storage::Db> db;
    int64_t committee = 0;
    int64_t case_id = 0;
};

Fixture make(const std::string& backend) {
    workflow::register_action("count_entries", [](storage::Tx&, const workflow::CaseRef&, const audit::Actor&) {
        ++g_entries;
    });
    Fixture f{test_support::open_test_db(backend, 6)};
    auto tx = f.db->write();
    f.committee = committees::create(tx, audit::system_actor(),
                                     {"wf" + crypto::random_token(6), "测试政协", "", "county", "", std::nullopt});
    workflow::install_definition(tx, f.committee, workflow::from_json(example()), audit::system_actor(f.committee));
    f.case_id = workflow::start_case(tx, f.committee, "task", "task", 1, audit::system_actor(f.committee));
    tx.commit();
    return f;
}

const std::set<std::string> kStaff{"system:case:read"};
const std::set<std::string> kManager{"system:case:read", "system:workflow:manage"};

void expect_invalid(nlohmann::json def, const std::string& fragment) {
    try {
        workflow::validate(workflow::from_json(def));
        FAIL() << "expected invalid_workflow: " << fragment;
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "invalid_workflow");
        EXPECT_NE(e.details()["reason"].get<std::string>().find(fragment), std::string::npos)
            << e.details()["reason"];
    }
}

}  // namespace

TEST(WorkflowDefinition, ExampleIsValid) {
    workflow::register_action("count_entries", [](storage::Tx&, const workflow::CaseRef&, const audit::Actor&) {});
    EXPECT_NO_THROW(workflow::validate(workflow::from_json(example())));
}

TEST(WorkflowDefinition, RejectsDefinitionsThatStrandCases) {
    workflow::register_action("count_entries", [](storage::Tx&, const workflow::CaseRef&, const audit::Actor&) {});
    auto dead_end = example();
    dead_end["transitions"].erase(3);  // no way from reported to closed… but reopen loops back
    dead_end["transitions"].erase(2);  // and now nothing leaves "reported"
    expect_invalid(dead_end, "could never be finished");

    auto unreachable = example();
    unreachable["states"].push_back({{"code", "orphan"}, {"name_zh", "x"}, {"name_en", "x"}});
    unreachable["transitions"].push_back(
        {{"code", "o"}, {"name_zh", "o"}, {"name_en", "o"}, {"from", "orphan"}, {"to", "closed"}, {"permission", "system:case:read"}});
    expect_invalid(unreachable, "cannot be reached");

    auto two_starts = example();
    two_starts["states"][1]["initial"] = true;
    expect_invalid(two_starts, "exactly one initial");

    auto bad_perm = example();
    bad_perm["transitions"][0]["permission"] = "nobody:nothing:never";
    expect_invalid(bad_perm, "undeclared permission");

    auto bad_action = example();
    bad_action["states"][1]["on_enter"] = {"no_such_action"};
    expect_invalid(bad_action, "unknown action");

    auto unknown_target = example();
    unknown_target["transitions"][0]["to"] = "nowhere";
    expect_invalid(unknown_target, "unknown state");
}

TEST(WorkflowDefinition, DefaultProposalWorkflowIsValid) {
    auto db = test_support::open_test_db("sqlite");
    auto tx = db->write();
    int64_t c = committees::create(tx, audit::system_actor(), {"p" + crypto::random_token(5), "x", "", "county", "", std::nullopt});
    EXPECT_NO_THROW(workflow::install_defaults(tx, c, audit::system_actor(c)));
    EXPECT_TRUE(workflow::find_definition(tx, c, "proposal"));
}

class WorkflowEngine : public ::testing::TestWithParam<std::string> {};

TEST_P(WorkflowEngine, FiresTransitionsAndKeepsHistory) {
    auto f = make(GetParam());
    int before = g_entries.load();
    auto tx = f.db->write();
    auto c = workflow::fire(tx, f.committee, kStaff, {int64_t{7}, f.committee, "clerk", "10.0.0.1"},
                            {f.case_id, "start", std::nullopt, "开始办理"});
    EXPECT_EQ(c["state"], "in_progress");
    EXPECT_EQ(c["version"], 2);
    EXPECT_FALSE(c["due_at"].is_null());  // deadline_days set the clock
    EXPECT_EQ(g_entries.load(), before + 1);  // on_enter action ran
    ASSERT_EQ(c["history"].size(), 2u);
    EXPECT_EQ(c["history"][1]["from_state"], "assigned");
    EXPECT_EQ(c["history"][1]["to_state"], "in_progress");
    EXPECT_EQ(c["history"][1]["note"], "开始办理");
    EXPECT_EQ(c["history"][1]["actor_name"], "clerk");
    tx.commit();
    auto r = audit::verify(*f.db);
    EXPECT_TRUE(r.ok) << r.problem;
}

TEST_P(WorkflowEngine, RefusesTransitionsNotAllowedNowAndListsTheAllowedOnes) {
    auto f = make(GetParam());
    auto tx = f.db->write();
    try {
        workflow::fire(tx, f.committee, kManager, audit::system_actor(f.committee), {f.case_id, "close", std::nullopt, ""});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
        EXPECT_EQ(e.code(), "transition_not_allowed");
        EXPECT_EQ(e.details()["allowed"], nlohmann::json::array({"start"}));
    }
}

TEST_P(WorkflowEngine, ChecksThePermissionOfTheTransition) {
    auto f = make(GetParam());
    {
        auto tx = f.db->write();
        workflow::fire(tx, f.committee, kStaff, audit::system_actor(f.committee), {f.case_id, "start", std::nullopt, ""});
        workflow::fire(tx, f.committee, kStaff, audit::system_actor(f.committee), {f.case_id, "report", std::nullopt, ""});
        tx.commit();
    }
    auto tx = f.db->write();
    try {
        workflow::fire(tx, f.committee, kStaff, audit::system_actor(f.committee), {f.case_id, "close", std::nullopt, ""});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 403);
    }
    auto c = workflow::fire(tx, f.committee, kManager, audit::system_actor(f.committee), {f.case_id, "close", std::nullopt, ""});
    EXPECT_EQ(c["state"], "closed");
    EXPECT_TRUE(c["final"].get<bool>());
    EXPECT_TRUE(c["available_transitions"].empty());
}

TEST_P(WorkflowEngine, AnotherCommitteeCannotSeeOrMoveTheCase) {
    auto f = make(GetParam());
    auto tx = f.db->write();
    try {
        workflow::fire(tx, f.committee + 100000, kManager, audit::system_actor(), {f.case_id, "start", std::nullopt, ""});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 404);
    }
    EXPECT_THROW(workflow::case_json(tx, f.committee + 100000, f.case_id, kManager), AppError);
}

TEST_P(WorkflowEngine, StaleVersionIsRefused) {
    auto f = make(GetParam());
    auto tx = f.db->write();
    try {
        workflow::fire(tx, f.committee, kStaff, audit::system_actor(f.committee), {f.case_id, "start", int64_t{5}, ""});
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.status(), 409);
        EXPECT_EQ(e.code(), "stale_version");
    }
}

TEST_P(WorkflowEngine, TwoRacingTransitionsExactlyOneWins) {
    auto f = make(GetParam());
    for (int round = 0; round < 5; ++round) {
        // reset to "assigned" with a fresh case each round
        int64_t case_id;
        {
            auto tx = f.db->write();
            case_id = workflow::start_case(tx, f.committee, "task", "task", 100 + round, audit::system_actor(f.committee));
            tx.commit();
        }
        std::atomic<int> wins{0}, conflicts{0}, others{0};
        auto racer = [&] {
            try {
                auto tx = f.db->write();
                workflow::fire(tx, f.committee, kStaff, audit::system_actor(f.committee), {case_id, "start", int64_t{1}, ""});
                tx.commit();
                ++wins;
            } catch (const AppError& e) {
                (e.status() == 409 ? conflicts : others)++;
            } catch (...) {
                ++others;
            }
        };
        std::thread a(racer), b(racer);
        a.join();
        b.join();
        EXPECT_EQ(wins.load(), 1);
        EXPECT_EQ(conflicts.load(), 1);
        EXPECT_EQ(others.load(), 0);
        auto tx = f.db->read();
        auto c = workflow::case_json(tx, f.committee, case_id, kStaff);
        EXPECT_EQ(c["history"].size(), 2u);  // start + exactly one transition
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkflowEngine, ::testing::ValuesIn(test_support::backends()));
