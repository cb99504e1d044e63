#include "domains/members/members.hpp"
#include "domains/members/query.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::members {

std::string export_members(storage::Db& db, const auth::Principal& me, MemberQuery q) {
    auto tx = db.read();
    Filter f = member_filter(tx, me, q);
    exporting::Sheet sheet{"委员名册",
                           {"姓名", "性别", "出生日期", "政治面貌", "界别", "是否常委", "政协职务",
                            "工作单位", "职务职称", "手机号码", "乡镇活动组", "状态"},
                           {}};
    for (const auto& r :
         tx.query(std::string(kListColumns) + f.where + " ORDER BY m.name_pinyin, m.id", f.params))
        sheet.rows.push_back({r.s("name"), r.s("gender"), r.s("birth_date"), r.s("political_affiliation"),
                              r.s("sector_name"), r.i("is_standing") ? "是" : "否", r.s("cppcc_post"),
                              r.s("work_unit"), r.s("job_title"), r.s("phone"), r.s("township_group_name"),
                              r.s("status")});
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::members
