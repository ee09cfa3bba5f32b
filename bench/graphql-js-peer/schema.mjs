// The subset of the API's schema (schema/schema.graphql) that the journalist query reads, with the API's defaults:
// pages of 20, measures of a unit in document order, led ones first for ANY.
import { buildSchema } from 'graphql';

const pageSize = 20;

export const schema = buildSchema(`
  input StringOperationFilterInput { eq: String }
  input UnitFilterInput { name: StringOperationFilterInput }
  enum MeasureRole { LEAD CO ANY }
  type Query { units(where: UnitFilterInput): UnitConnection! }
  type UnitConnection { totalCount: Int! nodes: [Unit!]! }
  type Unit { name: String! measures(role: MeasureRole! = ANY): MeasureConnection! }
  type MeasureConnection { totalCount: Int! nodes: [Measure!]! }
  type Measure { number: Int! title: String! plan: Plan }
  type Plan { title: String! }
`);

const page = (all) => ({ totalCount: all.length, nodes: all.slice(0, pageSize) });

export function rootValue(graph) {
  const measuresOf = (unit, role) => {
    const led = role === 'CO' ? [] : graph.incoming(unit.id, 'LED_BY');
    const shared = role === 'LEAD' ? [] : graph.incoming(unit.id, 'CO_LED_BY');
    return [...new Set([...led, ...shared])];
  };
  const withFields = (unit) => ({
    name: unit.name,
    measures: ({ role }) => page(measuresOf(unit, role).map((measure) => ({
      number: measure.number,
      title: measure.title,
      plan: () => graph.outgoing(measure.id, 'PART_OF')[0] ?? null,
    }))),
  });
  return {
    units: ({ where }) => {
      const name = where?.name?.eq;
      const units = name === undefined ? graph.units() : [graph.unitNamed(name)].filter(Boolean);
      return page(units.map(withFields));
    },
  };
}
