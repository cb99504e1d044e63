#pragma once
// A committee of its own for office tests: a signed-in office administrator, two bodies and some staff.
#include <memory>
#include <string>

#include "auth/catalogue.hpp"
#include "auth/principal.hpp"
#include "domains/committees/committees.hpp"
#include "support/test_db.hpp"
#include "text/pinyin.hpp"

namespace zhixie::test_support {

struct OfficeFixture {
    std::unique_ptr<storage::Db> db;
    auth::Principal me;
    audit::Actor actor;
    int64_t office_body = 0, proposals_body = 0;

    explicit OfficeFixture(const std::string& backend) : db(open_test_db(backend)) {
        auto tx = db->write();
        const std::string code = "of" + crypto::random_token(6);
        me.committee_id = committees::create(
            tx, audit::system_actor(), {code, "政协测试县委员会", "测试县政协", "county", "", std::nullopt});
        me.committee_name = "政协测试县委员会";
        me.user_id = tx.insert(
            "INSERT INTO users (committee_id, username, display_name, password_hash, created_at, updated_at) "
            "VALUES "
            "(:c, 'bgs', '办公室', 'x', 'now', 'now') RETURNING id",
            {{"c", me.committee_id}});
        me.username = "bgs";
        me.permissions = auth::Catalogue::get().permissions_for({"office_admin"});
        actor = {me.user_id, me.committee_id, me.username, "127.0.0.1"};
        office_body = body(tx, "办公室", "office");
        proposals_body = body(tx, "提案委员会", "special_committee");
        tx.commit();
    }

    int64_t body(storage::Tx& tx, const std::string& name, const std::string& kind) {
        return tx.insert(
            "INSERT INTO bodies (committee_id, name, kind, created_at, updated_at) VALUES (:c, :n, :k, "
            "'now', 'now') "
            "RETURNING id",
            {{"c", me.committee_id}, {"n", name}, {"k", kind}});
    }

    int64_t staff(const std::string& name, const std::string& birth_date, const std::string& status = "在职",
                  std::optional<int64_t> body_id = std::nullopt) {
        auto tx = db->write();
        auto py = text::name_pinyin(name);
        int64_t id = tx.insert(
            "INSERT INTO staff (committee_id, name, name_pinyin, name_initials, gender, birth_date, body_id, "
            "status, "
            "created_at, updated_at) VALUES (:c, :n, :py, :ini, '女', :b, :body, :s, 'now', 'now') RETURNING "
            "id",
            {{"c", me.committee_id},
             {"n", name},
             {"py", py.full},
             {"ini", py.initials},
             {"b", birth_date},
             {"body", body_id ? storage::Value(*body_id) : storage::Value(office_body)},
             {"s", status}});
        tx.commit();
        return id;
    }
};

// The first field error's code of a 422 invalid_record.
inline std::string first_field_code(const AppError& e) {
    return e.details()["errors"][0]["code"].get<std::string>();
}

}  // namespace zhixie::test_support
