// Even a type import: routes use the router's output types, not Prisma's.
import type { PrismaClient } from "../../server/generated/prisma/client";

export type Client = PrismaClient;
