// Competency frameworks as plain rows (bulk, no procedure): the seed and tests install the starter
// template the way competencies.installStarter does, in three inserts.
import { DEFAULT_SCALE, STARTER } from "../../modules/competencies/starter";
import { type FactoryDb, newId } from "./util";

export type InstalledFramework = {
  id: string;
  competencies: { id: string; versionId: string; name: string; behaviours: readonly string[] }[];
};

export async function installStarterFramework(
  db: FactoryDb,
  input: { organizationId: string; orgWide?: boolean },
): Promise<InstalledFramework> {
  const { organizationId } = input;
  const id = newId();
  await db.framework.create({
    data: {
      id,
      organizationId,
      name: STARTER.name,
      description: STARTER.description,
      template: STARTER.template,
      scale: DEFAULT_SCALE.map((l) => ({ ...l })),
      orgWide: input.orgWide ?? true,
    },
  });
  const competencies = STARTER.competencies.map((c) => ({ ...c, id: newId(), versionId: newId() }));
  await db.competency.createMany({
    data: competencies.map((c, i) => ({ id: c.id, organizationId, frameworkId: id, name: c.name, position: i + 1 })),
  });
  await db.competencyVersion.createMany({
    data: competencies.map((c) => ({
      id: c.versionId,
      organizationId,
      competencyId: c.id,
      version: 1,
      name: c.name,
      category: c.category,
      behaviours: [...c.behaviours],
      expectedResult: c.expectedResult,
      leaderCheck: c.leaderCheck,
    })),
  });
  return {
    id,
    competencies: competencies.map(({ id, versionId, name, behaviours }) => ({ id, versionId, name, behaviours })),
  };
}

/** Reviews written as rows get their levels the way the seed computes them. */
export { refreshAllLevels } from "../../modules/competencies/levels";
