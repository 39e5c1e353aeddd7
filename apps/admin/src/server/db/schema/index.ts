export * from './audit';
export * from './auth';
export * from './consents';
export * from './declarations';
export * from './ocd';
export * from './organisations';
export * from './sites';
export * from './versions';
