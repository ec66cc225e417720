import { Form, Input, Select } from 'antd';
import { CASE_TYPES, JURISDICTIONS } from '../../shared/domain/caseLabels';

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

/** 案卷基本信息, shared by the new-case form and the 基本信息 page. */
export function CaseInfoFields() {
  return (
    <>
      <Form.Item label="案卷名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写案卷名称' }, { max: 200 }]}>
        <Input placeholder="如：某市公共数据资源授权运营实施方案评审" data-testid="case-title" />
      </Form.Item>
      <Form.Item label="评审事项" name="caseType" rules={[{ required: true, message: '请选择评审事项' }]}>
        <Select options={options(CASE_TYPES)} data-testid="case-type" />
      </Form.Item>
      <Form.Item label="适用地区" name="jurisdiction" rules={[{ required: true, message: '请选择适用地区' }]}>
        <Select options={options(JURISDICTIONS)} data-testid="case-jurisdiction" />
      </Form.Item>
      <Form.Item label="实施机构" name="implementingAgency" rules={[{ max: 200 }]}>
        <Input placeholder="如：某市数据资源管理局" data-testid="case-agency" />
      </Form.Item>
    </>
  );
}
